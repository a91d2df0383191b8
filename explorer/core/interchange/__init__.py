"""Reading and writing cases in other formats; ``formats`` picks the reader for a file."""
