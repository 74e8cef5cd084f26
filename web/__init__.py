"""The Flask front end (search page, release page, JSON API) and the command line."""
