"""Dialogs for moving cases in and out: import (with a CSV column mapping and progress), export."""
