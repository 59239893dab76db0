"""Results tables in wire copy: the lines of a company's earnings ('Shr 52 cts vs 40 cts', 'Net 2,140,000 vs
1,905,000', 'Avg shrs 4,115,000 vs 4,050,000'), whose bare figures are sums in the table's currency or counts of
shares.

>>> table_label("    Net 2,140,000 vs 1,905,000", 0), table_label("    Avg shrs 4,115,000 vs 4,050,000", 0)
('money', 'shares')
>>> table_label("DENVER, May 4 - Oper net profit 905,000 vs loss 377,000", 0)
'money'
>>> table_label("Net sales rose to 5 mln from 4 mln", 0) is None
True
"""

from __future__ import annotations

from ..pattern_cache import compile_pattern

# A line of a results table: its label, a number and 'vs' the year before: "    Net 4,512,000 vs 3,206,000",
# "Revs 45.6 mln vs 40.1 mln", "Oper net profit 905,000 vs loss 377,000", "Avg shrs 3,668,000 vs 2,888,000" (the
# shares' label in group 1); the first line may follow the dateline: "DENVER, May 4 - Oper shr profit 12 cts vs".
TABLE_LINE = compile_pattern(
    r"[ \t]*(?:[A-Z][A-Za-z .'’-]{1,30},(?:[ \t]*[A-Z][A-Za-z.]{1,12},)?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}[ \t]+-"
    r"[ \t]+)?(?:(Avg[ \t]+(?:shrs|shares)|Shrs)|(?:Oper[ \t]+(?:shr|net)|Shr|Net|Revs?|Revenues?|Sales|Profit"
    r"|Loss|Income|Div|Dividend|Earnings|Turnover|Assets|Deposits|Loans)(?:[ \t]+(?:profit|loss|income|sales|shr"
    r"|revs))?)[ \t]+[-(]?[0-9][0-9.,]*[^\n]{0,60}?[ \t]vs[ \t.]")


def table_label(text: str, line_start: int) -> str | None:
    """What the results-table line starting at ``line_start`` counts: 'money', 'shares', or None for no such line."""
    m = TABLE_LINE.match(text, line_start)
    if m is None:
        return None
    return "shares" if m.group(1) else "money"
