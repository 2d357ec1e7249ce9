"""The ``dramatis`` command: open the reader, or analyse and search without a UI.

Start-up must stay fast: this module imports neither spaCy nor Textual at import
time; each command imports what it needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from dramatis import __version__
from dramatis.document import Document, InputError

EXIT_USAGE = 2
EXIT_INPUT = 1
EXIT_MODEL = 2


EXIT_INTERNAL = 70  # sysexits' EX_SOFTWARE
DEBUG_ENV = "DRAMATIS_DEBUG"


def _fail(message: str, status: int) -> int:
    # One line, whatever the message holds: a reason from the OS may carry newlines,
    # and a file name escape sequences, which must not reach the terminal.
    from dramatis.document import clean_text

    print(f"dramatis: {' '.join(clean_text(message).split())}", file=sys.stderr)
    return status


def _warn(message: str) -> None:
    _fail(message, 0)


def _size(value: str) -> int:
    from dramatis.document import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline to use (default: best installed)"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="spaCy processes for the analysis (default 1)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write the analysis cache"
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        default=None,
        metavar="SIZE",
        help="refuse files larger than this, e.g. 200MB (default: $DRAMATIS_MAX_SIZE or 50MB)",
    )


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dramatis",
        description=(
            "A keyboard-driven reader for news articles that shows who is who and who claims what.\n\n"
            "commands:\n"
            "  dramatis [FILE ...]                 open the reader (default: the bundled article)\n"
            "  dramatis analyze [FILE ...]         analyse without a UI (--format text|json|csv,"
            " --explain)\n"
            "  dramatis find FILE QUERY            fuzzy-find actors (--format text|json)\n"
            "  dramatis actors FOLDER              actors across the articles (--format text|json)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="articles or folders to open; - for stdin"
    )
    parser.add_argument("--version", action="version", version=f"dramatis {__version__}")
    _common(parser)
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dramatis analyze", description="Analyse articles without a UI."
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="articles or folders to analyse; - for stdin"
    )
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print why: per actor the merges that joined its names and the rule of its"
        " kind, per claim its rule (the JSON always holds these as 'explain')",
    )
    parser.add_argument(
        "--table",
        choices=("claims", "actors"),
        default="claims",
        help="with --format csv: one row per claim (default) or per actor",
    )
    _common(parser)
    return parser


def _find_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dramatis find", description="Fuzzy-find actors in an article."
    )
    parser.add_argument("file", metavar="FILE", help="the article; - for stdin")
    parser.add_argument("query", metavar="QUERY", help="what to look for, e.g. a misspelt name")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--limit", type=int, default=10, metavar="N", help="at most N matches (default 10)"
    )
    _common(parser)
    return parser


def _actors_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dramatis actors",
        description="List the actors across articles, with how many articles and mentions.",
    )
    parser.add_argument(
        "files", nargs="+", metavar="FOLDER", help="a folder of articles (or several files)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    _common(parser)
    return parser


def load_inputs(paths: Sequence[str], max_bytes: int | None = None) -> list[Document]:
    """Documents for the given paths (the bundled article when none); raises InputError.

    Files skipped in a folder are reported on stderr, one line each.
    """
    from dramatis import inputs

    return inputs.load_many(paths, max_bytes=max_bytes, on_skip=_warn)


def _reattach_terminal() -> bool:
    """Give the reader the terminal for keys when the article came down a pipe.

    Textual reads keys from file descriptor 0; after ``cat a.txt | dramatis`` that is
    the exhausted pipe, so the controlling terminal is put in its place.
    """
    try:
        if os.isatty(0):
            return True
        terminal = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return False
    try:
        os.dup2(terminal, 0)
    except OSError:
        return False
    finally:
        os.close(terminal)
    return True


def _analyse(document: Document, args: argparse.Namespace):
    from dramatis import cache

    return cache.analyze_cached(
        document, model=args.model, jobs=max(1, args.jobs), use_cache=not args.no_cache
    )


def run_analyze(args: argparse.Namespace) -> int:
    from dramatis.analyzer import AnalysisFailed
    from dramatis.explain import explain_report
    from dramatis.pipeline import ModelUnavailable
    from dramatis.report import text_report

    try:
        documents = load_inputs(args.files, args.max_size)
    except InputError as exc:
        return _fail(str(exc), EXIT_INPUT)
    table = None
    if args.format == "csv":
        from dramatis.export import CsvWriter, rows_of

        table = CsvWriter(sys.stdout, args.table)
    analyses = []
    for document in documents:
        try:
            analysis = _analyse(document, args)
        except ModelUnavailable as exc:
            return _fail(str(exc), EXIT_MODEL)
        except AnalysisFailed as exc:
            return _fail(f"{document.source}: analysis failed: {exc}", EXIT_INTERNAL)
        if table is not None:
            table.add(rows_of(analysis, args.table, document.source))
            sys.stdout.flush()
        elif args.format == "json":
            analyses.append(analysis)  # printed once every entity id is known
        else:
            if len(documents) > 1:
                print()
            report = explain_report(analysis) if args.explain else text_report(document, analysis)
            print(report, flush=True)
    if analyses:
        _print_with_entities(analyses)
    return 0


def _print_with_entities(analyses: list) -> None:
    """One JSON line per analysis, each actor with the run's cross-document ``entity`` id."""
    import json

    from dramatis.entities import analysis_dict, link

    index = link(analyses)
    for position, analysis in enumerate(analyses):
        # ensure_ascii as Analysis.to_json: valid 7-bit JSON whatever the text holds.
        print(json.dumps(analysis_dict(analysis, position, index), ensure_ascii=True), flush=True)


def run_actors(args: argparse.Namespace) -> int:
    import json

    from dramatis.analyzer import AnalysisFailed
    from dramatis.entities import index_dict, link, text_report
    from dramatis.pipeline import ModelUnavailable

    try:
        documents = load_inputs(args.files, args.max_size)
    except InputError as exc:
        return _fail(str(exc), EXIT_INPUT)
    analyses = []
    for document in documents:
        try:
            analyses.append(_analyse(document, args))
        except ModelUnavailable as exc:
            return _fail(str(exc), EXIT_MODEL)
        except AnalysisFailed as exc:
            return _fail(f"{document.source}: analysis failed: {exc}", EXIT_INTERNAL)
    index = link(analyses)
    if args.format == "json":
        print(json.dumps(index_dict(analyses, index), ensure_ascii=True))
    else:
        print(text_report(analyses, index))
    return 0


def run_find(args: argparse.Namespace) -> int:
    from dramatis.analyzer import AnalysisFailed
    from dramatis.pipeline import ModelUnavailable
    from dramatis.search import find_report

    try:
        documents = load_inputs([args.file], args.max_size)
    except InputError as exc:
        return _fail(str(exc), EXIT_INPUT)
    if len(documents) != 1:
        return _fail(f"{args.file}: is a folder; `dramatis find` searches one article", EXIT_INPUT)
    (document,) = documents
    try:
        analysis = _analyse(document, args)
    except ModelUnavailable as exc:
        return _fail(str(exc), EXIT_MODEL)
    except AnalysisFailed as exc:
        return _fail(f"{document.source}: analysis failed: {exc}", EXIT_INTERNAL)
    print(find_report(analysis, args.query, limit=max(1, args.limit), fmt=args.format))
    return 0


def run_reader(args: argparse.Namespace) -> int:
    from dramatis.inputs import STDIN, stdin_is_piped

    # `cat article.txt | dramatis` reads the pipe, as `dramatis -` does.
    files = args.files or ([STDIN] if stdin_is_piped() else [])
    try:
        documents = load_inputs(files, args.max_size)
    except InputError as exc:
        return _fail(str(exc), EXIT_INPUT)
    from dramatis.pipeline import ModelUnavailable, choose_model

    try:
        # Only a check that some model is installed: loading it is the worker's job.
        choose_model(args.model)
    except ModelUnavailable as exc:
        return _fail(str(exc), EXIT_MODEL)
    if STDIN in files and not _reattach_terminal():
        return _fail(
            "standard input held the article, and there is no terminal to read keys from "
            "(/dev/tty cannot be opened); use `dramatis analyze -` instead",
            EXIT_INPUT,
        )
    from dramatis.tui.app import DramatisApp

    app = DramatisApp(
        documents, model=args.model, jobs=max(1, args.jobs), use_cache=not args.no_cache
    )
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "analyze": (_analyze_parser, run_analyze),
        "find": (_find_parser, run_find),
        "actors": (_actors_parser, run_actors),
    }
    try:
        if argv and argv[0] in commands:
            make_parser, run = commands[argv[0]]
            return run(make_parser().parse_args(argv[1:]))
        return run_reader(_reader_parser().parse_args(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `dramatis analyze | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as exc:
        # A bug must still not greet the user with a traceback; DRAMATIS_DEBUG shows it.
        if os.environ.get(DEBUG_ENV):
            raise
        return _fail(
            f"internal error: {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 for details)",
            EXIT_INTERNAL,
        )


if __name__ == "__main__":
    sys.exit(main())
