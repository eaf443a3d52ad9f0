"""insight: customer value, segments and loyalty, asked in German or English."""

import logging as _logging

# a library configures no log output of its own: the faces do (the CLI under --debug / INSIGHT_DEBUG=1)
_logging.getLogger("insight").addHandler(_logging.NullHandler())
