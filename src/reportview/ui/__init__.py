"""The Qt desktop shell over :mod:`reportview.core`."""
