"""Why the analysis says what it says: ``dramatis analyze --explain``.

Per actor: its name and kind, the rule that decided the kind and the votes counted,
its aliases, and every merge that joined a name to it (the alias, the name it
joined, the rule). Per claim: its source, cue and the rule that found it, when the
claim layer records one. Rule ids are those of ``dramatis.actors.rules``; grep for
one to find the code that applies it.
"""

from __future__ import annotations

from collections import defaultdict

from dramatis.actors.rules import KIND_RULES, MERGE_RULES
from dramatis.analysis import Actor, Analysis, Claim, Explanation


def _one_line(text: str, width: int = 0) -> str:
    line = " ".join(text.split())
    if width and len(line) > width:
        line = line[: width - 1].rstrip() + "…"
    return line


def _described(rule: str, table: dict[str, str]) -> str:
    description = table.get(rule)
    return f"{rule}: {description}" if description else rule


def _votes(explain: Explanation) -> str:
    """ "person 7 (ner_label 3, title 4); organization 4 (ner_label 4)", most first."""
    by_kind: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for vote in explain.kind_votes:
        by_kind[vote.kind].append((vote.rule.removeprefix("kind."), vote.weight))
    totals = sorted(by_kind.items(), key=lambda item: -sum(w for _, w in item[1]))
    return "; ".join(
        f"{kind} {sum(w for _, w in rules)} ({', '.join(f'{r} {w}' for r, w in rules)})"
        for kind, rules in totals
    )


def explain_actor(actor: Actor) -> list[str]:
    """The lines that explain one actor."""
    lines = [f"{actor.id}  {_one_line(actor.name)}  [{actor.kind}]"]
    explain = actor.explain
    if explain is None:
        lines.append("    made by the claim layer (a role named as a source), not the actor layer")
    else:
        lines.append(f"    kind: {_described(explain.kind_rule, KIND_RULES)}")
        if explain.kind_votes:
            lines.append(f"    votes: {_votes(explain)}")
    lines.append(f"    aliases: {', '.join(_one_line(a) for a in actor.aliases)}")
    merges = explain.merges if explain is not None else ()
    if merges:
        lines.append("    merges:")
        for merge in merges:
            joined = f'"{_one_line(merge.alias)}" joined "{_one_line(merge.into)}"'
            lines.append(f"      {joined} by {_described(merge.rule, MERGE_RULES)}")
    elif explain is not None and len(actor.aliases) > 1:
        lines.append("    merges: none (the aliases are one name once normalised)")
    return lines


def explain_claim(analysis: Analysis, claim: Claim) -> list[str]:
    """The lines that explain one claim; its rule if the claim layer records one."""
    source = "(unattributed)"
    if claim.source is not None:
        source = f'"{_one_line(claim.source.text, 50)}"'
        if claim.source.actor:
            source += f" -> {claim.source.actor}"
    rule = getattr(claim, "rule", None)
    lines = [
        f'{claim.id}  [{claim.kind}]  {source}  cue "{_one_line(claim.cue.text, 40)}"',
        f'    content: "{_one_line(claim.content.text, 100)}"',
        f"    rule: {rule if rule else '(not recorded)'}",
    ]
    return lines


def explain_report(analysis: Analysis) -> str:
    """The whole explanation of one analysis, as plain text."""
    lines = [_one_line(analysis.title), f"source: {analysis.source}", ""]
    lines.append(f"Actors ({len(analysis.actors)})")
    for actor in analysis.actors:
        lines.extend(explain_actor(actor))
    lines.append("")
    lines.append(f"Claims ({len(analysis.claims)})")
    for claim in analysis.claims:
        lines.extend(explain_claim(analysis, claim))
    lines.append("")
    lines.append("Rule ids are listed in dramatis/actors/rules.py; grep for one to find its code.")
    return "\n".join(lines)
