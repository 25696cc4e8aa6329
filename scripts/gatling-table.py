#!/usr/bin/env python3
"""Prints the per-request table of a Gatling HTML report (index.html): count, errors, percentiles, throughput."""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
table = page[page.find("StatsContainerId"):]
print(f"{'request':<26}{'count':>7}{'KO':>5}{'req/s':>7}{'p50':>7}{'p95':>7}{'p99':>7}{'max':>7}")
for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
    cells = [html.unescape(re.sub("<[^>]+>", "", cell)).strip()
             for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
    if len(cells) == 14 and cells[1].isdigit():
        name = cells[0].split("\n")[0].strip()
        total, ko, rps, p50, p95, p99, maximum = cells[1], cells[3], cells[5], cells[7], cells[9], cells[10], cells[11]
        print(f"{name:<26}{total:>7}{ko:>5}{rps:>7}{p50:>7}{p95:>7}{p99:>7}{maximum:>7}")
