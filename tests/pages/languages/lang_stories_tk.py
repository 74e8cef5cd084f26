"""Turkmen (Latin script) content for the synthetic language pages: made-up stories, people, words.

Every story is invented for the tests (no INA text). A paragraph that starts with "## " is a
subheading (a paragraph of its own in the body).
"""

from __future__ import annotations

# (title, category, dateline place, paragraphs)
TK_STORIES: list[tuple[str, str, str, list[str]]] = [
    (
        "Başbakan Türkmen heyetini kabul etti",
        "Siyaset",
        "Bağdat",
        [
            "Başbakan bugün Bağdat'ta Irak Türkmen temsilcilerinden oluşan bir heyeti kabul etti.",
            "Başbakanlık basın bürosundan yapılan açıklamaya göre, görüşmede Kerkük'teki hizmet projeleri ve güvenlik durumu ele alındı.",
            "Heyet üyeleri, Türkmen bölgelerinde okul ve sağlık merkezlerinin yeniden inşasına ilişkin taleplerini iletti.",
            "Başbakan, hükümetin tüm bileşenlere eşit mesafede durduğunu vurguladı.",
        ],
    ),
    (
        "Kerkük'te yeni su arıtma tesisi hizmete girdi",
        "Yerel Haberler",
        "Kerkük",
        [
            "Kerkük İl Yönetimi, şehrin güneyinde inşa edilen yeni su arıtma tesisini bugün hizmete açtı.",
            "İl Su Müdürü, tesisin günlük kapasitesinin kırk bin metreküp olduğunu ve yaklaşık yüz elli bin kişiye içme suyu sağlayacağını söyledi.",
            "Projenin maliyeti yerel kalkınma bütçesinden karşılandı.",
        ],
    ),
    (
        "Irak'ın petrol ihracatı geçen ay arttı",
        "Ekonomi",
        "Bağdat",
        [
            "Irak Petrol Bakanlığı, ülkenin ham petrol ihracatının geçen ay günlük ortalama üç milyon üç yüz bin varile ulaştığını açıkladı.",
            "Devlet Petrol Pazarlama Şirketi (SOMO) verilerine göre, aylık petrol geliri yedi milyar doları aştı.",
            "Bakanlık, ihracatın büyük bölümünün güneydeki limanlardan yapıldığını belirtti.",
            "Ekonomi uzmanları, gelirdeki artışın maaş ödemelerine katkı sağlayacağını ifade ediyor.",
        ],
    ),
    (
        "Güvenlik güçleri Telafer'de bir terör hücresini çökertti",
        "Güvenlik",
        "Ninova",
        [
            "Ninova Operasyonlar Komutanlığı, güvenlik güçlerinin Telafer ilçesinde dört kişiden oluşan bir terör hücresini çökerttiğini duyurdu.",
            "Açıklamada, operasyonun istihbarat bilgileri doğrultusunda gerçekleştirildiği belirtildi.",
            "Operasyonda bir miktar silah ve mühimmat ele geçirildi, şüpheliler yargıya sevk edildi.",
        ],
    ),
    (
        "Irak Millî Takımı hazırlık maçı için Basra'ya ulaştı",
        "Spor",
        "Basra",
        [
            "Irak Millî Futbol Takımı, bir hazırlık maçı oynamak üzere bugün Basra'ya ulaştı.",
            "Teknik direktör, maçın Dünya Kupası elemelerine hazırlık programının bir parçası olduğunu söyledi.",
            "Karşılaşma yarın akşam Basra Uluslararası Stadı'nda oynanacak.",
            "Irak Futbol Federasyonu, biletlerin ücretsiz dağıtılacağını açıkladı.",
        ],
    ),
    (
        "Eğitim Bakanlığı bakalorya sınav takvimini açıkladı",
        "Toplum",
        "Bağdat",
        [
            "Irak Eğitim Bakanlığı, hazırlık altıncı sınıf (bakalorya) sınavlarının takvimini bugün açıkladı.",
            "Bakanlık sözcüsü, sınavların gelecek ayın ikinci yarısında başlayacağını ve yaklaşık beş yüz bin öğrencinin katılacağını söyledi.",
            "## Yeni önlemler",
            "Sözcü, kopya çekilmesini ve soruların sızdırılmasını önlemek için yeni önlemler alındığını ifade etti.",
            "Sonuçlar, sınavların bitiminden bir ay sonra bakanlığın internet sitesinde yayımlanacak.",
        ],
    ),
    (
        "Tuzhurmatu'da yol yapım çalışmaları başladı",
        "Yerel Haberler",
        "Tuzhurmatu",
        [
            "Selahaddin İl Yönetimi, Tuzhurmatu ilçesini Kerkük'e bağlayan yolun yenilenmesi çalışmalarına başladı.",
            "Proje müdürü, yolun yirmi iki kilometrelik bölümünün asfaltlanacağını ve çalışmaların altı ay süreceğini belirtti.",
            "İlçe halkı, yolun uzun süredir bakımsız olduğunu ve trafik kazalarına yol açtığını dile getiriyordu.",
        ],
    ),
    (
        "Temsilciler Meclisi bütçe yasa tasarısını okudu",
        "Siyaset",
        "Bağdat",
        [
            "Irak Temsilciler Meclisi bugünkü oturumunda federal genel bütçe yasa tasarısının ilk okumasını gerçekleştirdi.",
            "Oturum, iki yüz on milletvekilinin katılımıyla Meclis Başkanı'nın başkanlığında yapıldı.",
            "Meclis Maliye Komisyonu, tasarıya ilişkin raporunu iki hafta içinde sunacağını açıkladı.",
            "Oturum cumartesi gününe ertelendi.",
        ],
    ),
    (
        "Erbil Uluslararası Kitap Fuarı kapılarını açtı",
        "Kültür",
        "Erbil",
        [
            "Erbil Uluslararası Kitap Fuarı, yirmi ülkeden üç yüzü aşkın yayınevinin katılımıyla bugün kapılarını açtı.",
            "Organizatörler, bu yıl çocuk kitapları ve Türkmence yayınlar için özel bir bölüm ayrıldığını söyledi.",
            "On gün sürecek fuarda yazarlar için söyleşiler ve imza günleri düzenlenecek.",
        ],
    ),
    (
        "Sağlık Bakanlığı çocuk felci aşı kampanyası başlattı",
        "Sağlık",
        "Bağdat",
        [
            "Irak Sağlık Bakanlığı, beş yaş altındaki çocuklara yönelik ulusal çocuk felci aşı kampanyası başlattığını duyurdu.",
            "Gezici ekipler tüm illerde evleri ziyaret edecek ve kampanya beş gün sürecek.",
            "Bakanlık, ailelerden ekiplerle iş birliği yapmalarını ve çocuklarını aşılatmalarını istedi.",
        ],
    ),
    (
        "Dolar kuru Bağdat borsasında düştü",
        "Ekonomi",
        "Bağdat",
        [
            "ABD doları, bugün Bağdat'taki Kifah ve Harisiye borsalarında Irak dinarı karşısında belirgin bir düşüş gösterdi.",
            "Piyasaların kapanışında yüz doların satış fiyatı yüz kırk beş bin dinar olarak kaydedildi.",
            "Döviz bürosu sahipleri düşüşü, Merkez Bankası'nın döviz satışlarını artırmasına bağlıyor.",
        ],
    ),
    (
        "Musul'da tarihî Nuri Camii'nin restorasyonu tamamlanıyor",
        "Kültür",
        "Musul",
        [
            "Musul'daki tarihî Nuri Camii ve Hadba Minaresi'nin yeniden inşa çalışmalarında son aşamaya gelindi.",
            "Proje yetkilisi, minarenin özgün tuğlalarının büyük bölümünün yeniden kullanıldığını söyledi.",
            "Çalışmaların bu yıl sonunda tamamlanması ve caminin ibadete açılması bekleniyor.",
            "Proje, UNESCO'nun Musul'un ruhunu yeniden canlandırma girişimi kapsamında yürütülüyor.",
            "İl yönetimi, restorasyonun şehre turist çekmesini umuyor.",
        ],
    ),
]

TK_REPORTERS = [
    "Mehmet Tuzlu",
    "Zeynep Bayatlı",
    "Ali Hasan Köprülü",
    "Nurcan Salihi",
    "Yılmaz Terzi",
]
TK_PHOTOGRAPHERS = ["Ömer Kasapoğlu", "Şükrü Nefteci", "Ercan Çelebi"]
TK_TRANSLATORS = ["İlham Beyatlı", "Sevgi Özmen"]
TK_CAPTIONS = ["Toplantıdan bir kare", "Olay yerinden bir görüntü", "Genel görünüm"]

TK_WORDS = {
    "home": "Irak Haber Ajansı",
    "agency": "Irak Haber Ajansı",
    "today": "Bugün",
    "yday": "Dün",
    "views": "görüntülenme",
    "latest": "Son Haberler",
    "most_read": "En Çok Okunanlar",
    "related": "İlgili Haberler",
    "tags": "Etiketler:",
    "comments": "Yorumlar",
    "share": "Paylaş:",
    "print": "Yazdır",
    "source": "Kaynak",
    "news": "Haberler",
}

TK_MONTHS = [
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
    "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık",
]  # fmt: skip
# Monday first, like datetime.weekday().
TK_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]

TK_ABOUT = [
    "Irak Haber Ajansı (INA), 1959 yılında kurulan resmî haber ajansıdır. Genel merkezi Bağdat'ta bulunan ajansın tüm illerde büroları vardır.",
    "Ajans Arapça, İngilizce, Kürtçe ve Türkmence yayın yapmakta, yerel ve uluslararası medyaya haber, fotoğraf ve rapor sağlamaktadır.",
    "Türkmence servis, Irak'taki ve Türkmeneli bölgesindeki gelişmeleri Türkmen okuyuculara ulaştırmayı amaçlamaktadır.",
    "Okuyucular görüş ve önerilerini iletişim sayfası aracılığıyla gönderebilirler.",
]
TK_NOT_FOUND = "Üzgünüz, aradığınız haber bulunamadı. Haber silinmiş ya da taşınmış olabilir."
