"""The project's offline model of www.torun.pl: a page generator and a server on 127.0.0.1."""
