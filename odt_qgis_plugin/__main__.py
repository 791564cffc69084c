"""`python -m odt_qgis_plugin <command>`."""
import sys

from .cli import main

sys.exit(main())
