"""`python -m bot.action_server --actions actions --port N`: Rasa SDK's action server, without
TensorFlow.

The actions need spaCy (for the personal-data redactor), and spaCy's thinc imports TensorFlow
whenever it is installed, which Rasa needs in the Rasa server but nothing here uses: 812 MB of
resident memory instead of about 280 MB (measured with `ps -eo rss,args`). Marking TensorFlow as
absent in this process only lets thinc carry on without it.
"""

from __future__ import annotations

import sys


def main() -> None:
    sys.modules.setdefault("tensorflow", None)  # type: ignore[arg-type]
    from rasa_sdk.__main__ import main as rasa_sdk_main

    rasa_sdk_main()


if __name__ == "__main__":
    main()
