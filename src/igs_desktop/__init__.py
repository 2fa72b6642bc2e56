"""IGS Desktop: the offline workbench of the support contacts of Plan Samenleven."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("igs-desktop")
except PackageNotFoundError:  # running from a checkout without installing, or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "IGS Desktop"
