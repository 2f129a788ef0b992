import sys

from .cli import main

if __name__ == "__main__":  # worker processes of a batch import this module too (spawn, forkserver)
    sys.exit(main())
