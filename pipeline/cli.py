"""The ``zhengce`` command line: thin click commands over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import __version__

DEFAULT_DB = "output/policies.db"


@click.group()
@click.version_option(__version__, prog_name="zhengce")
def cli() -> None:
    """zhengce (政策): Chinese government policy notices into a SQLite database."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to write (created if missing).")
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Documents extracted in parallel.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--fail-on-error", is_flag=True, help="Exit 1 when any document failed (for scripts).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def run(paths, db_path, workers, password, fail_on_error, quiet) -> None:
    """Extract notices (files or folders, recursive) into the database.

    Each document lands with status ok, failed or needs_ocr; a bad file never stops the batch.
    Re-running a file replaces its rows.
    """
    from pipeline.runner import iter_input_files, run as run_batch

    total = sum(1 for _ in iter_input_files(paths))
    if total == 0:
        raise click.UsageError("no supported files (.pdf .docx .html .htm .txt) under the given paths")
    try:
        db_file = Path(db_path)
        db_file.parent.mkdir(parents=True, exist_ok=True)
        with open(db_file, "ab"):
            pass
    except OSError as exc:
        raise click.ClickException(f"cannot write the database {db_path}: {exc.strerror or exc}")

    with click.progressbar(length=total, label="extracting", file=sys.stderr,
                           show_pos=True, hidden=quiet) as bar:
        summary = run_batch(paths, db_path, workers=workers, password=password,
                            on_outcome=lambda outcome: bar.update(1))

    ok, failed, needs_ocr = summary.count("ok"), summary.count("failed"), summary.count("needs_ocr")
    click.echo(f"{len(summary.outcomes)} documents in {summary.seconds:.1f}s → {db_path}")
    click.echo(f"  ok: {ok}   failed: {failed}   needs_ocr: {needs_ocr}")
    for outcome in summary.failures:
        click.echo(f"  {outcome.status:9} {outcome.path}: {outcome.error}")
    if fail_on_error and summary.failures:
        sys.exit(1)


@cli.command()
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold JSON files (format: pipeline/evaluate.py).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False),
              help="SQLite database written by `zhengce run`.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list, per document, each missed and spurious fact and each "
                                               "disagreeing field.")
def evaluate(gold_dir, db_path, as_json, errors) -> None:
    """Score the database against gold files: P/R/F1 and accuracies per document and overall."""
    import json

    from pipeline.evaluate import evaluate as run_evaluation, format_report, to_json

    report = run_evaluation(db_path, gold_dir)
    if not report["documents"]:
        raise click.ClickException(f"no document in {db_path} matches a gold file of {gold_dir}")
    if as_json:
        click.echo(json.dumps(to_json(report), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, errors=errors))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False),
              help="Database to browse.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", "-p", default=8001, show_default=True, type=int)
def serve(db_path, host, port) -> None:
    """Browse the database in Datasette (tables described, facets on kind, scope, role …)."""
    from pipeline.serve import serve as serve_datasette

    click.echo(f"Datasette on http://{host}:{port}/  (Ctrl-C stops)")
    serve_datasette(db_path, host=host, port=port)


if __name__ == "__main__":  # pragma: no cover
    cli()
