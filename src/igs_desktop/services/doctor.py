"""``igs-desktop doctor`` and Help › Database controleren: a thorough check, in Dutch.

It reads the file without opening it as a Workbench would (no upgrade, no backup, no reference
data): a damaged database must be examined as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.doctor import Check, run_checks

__all__ = ["Check", "Diagnosis", "diagnose"]


@dataclass(frozen=True)
class Diagnosis:
    path: Path
    checks: tuple[Check, ...]

    @property
    def healthy(self) -> bool:
        return all(c.ok for c in self.checks)

    def lines(self) -> list[str]:
        out = [f"Controle van {self.path}:"]
        for check in self.checks:
            out.append(f"  {'in orde' if check.ok else 'PROBLEEM'}: {check.name}")
            out.extend(f"      {problem}" for problem in check.problems)
        if self.healthy:
            out.append("De database is in orde.")
        else:
            out.append(
                "Er zijn problemen gevonden. Zet de laatste goede back-up terug "
                "('igs-desktop backups', 'igs-desktop restore') of vraag hulp; werk niet verder "
                "in dit bestand."
            )
        return out


def diagnose(path: Path) -> Diagnosis:
    """Run every check on ``path``; FileNotFoundError when it is not there."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} bestaat niet.")
    return Diagnosis(path, tuple(run_checks(path)))
