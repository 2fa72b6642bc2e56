"""IGS Desktop: the offline workbench of the support contacts of Plan Samenleven."""

from typing import Any

APP_NAME = "IGS Desktop"

__version__: str  # the installed package's version, looked up when first asked for


def __getattr__(name: str) -> Any:
    """``__version__`` costs an import of ``importlib.metadata`` (tens of milliseconds at every
    start), so it is looked up only when something shows it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("igs-desktop")
    except PackageNotFoundError:  # running from a checkout without installing, or a bundle
        found = "0.1.0"
    globals()["__version__"] = found
    return found
