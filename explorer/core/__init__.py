"""The Qt-free core: case files, dates, the store, search and interchange formats."""
