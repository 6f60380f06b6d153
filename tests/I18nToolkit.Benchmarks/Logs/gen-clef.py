#!/usr/bin/env python3
"""Write SIZE_MB of CLEF lines (the toolkit's JSON-lines format) as a payroll fleet would log them, to OUT.
usage: gen-clef.py OUT [size_mb=200]   Same seed, same file: 70 % Information, 15 % Debug, 10 % Warning, 5 % Error;
five applications (Payrollsync a third); toolkit messages with IDs, prefixes, holes and context."""
import json, random, sys
out, size = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200
rnd = random.Random(47)
apps = ["Payrollsync"] * 6 + ["Billing", "Ledger", "Gateway", "Reports"] * 3
levels = ["Information"] * 70 + ["Debug"] * 15 + ["Warning"] * 10 + ["Error"] * 5
messages = [("E131", "Could not find files with pattern {Pattern} in directory {Directory}"),
            ("W101", "Payroll record for employee {Employee} was rejected because amount exceeds limit"),
            ("I100", "Processed {Count} records in {Elapsed} ms"),
            ("E140", "Queue connection lost, retrying after {Seconds} seconds"),
            ("I120", "Message selector parse failed at position {Position}")]
limit, written, n = size * 1024 * 1024, 0, 0
with open(out, "w", encoding="utf-8", newline="\n") as f:
    while written < limit:
        n += 1
        mid, template = rnd.choice(messages)
        holes = {"Pattern": "*.csv", "Directory": "/data/in/%d" % rnd.randint(1, 99), "Employee": "EMP-%05d" % rnd.randint(1, 99999),
                 "Count": rnd.randint(1, 5000), "Elapsed": rnd.randint(1, 900), "Seconds": rnd.randint(1, 60), "Position": rnd.randint(0, 80)}
        used = {k: v for k, v in holes.items() if "{" + k + "}" in template}
        record = {"@t": "2026-11-21T%02d:%02d:%02d.%07dZ" % (n // 3600000 % 24, n // 60000 % 60, n // 1000 % 60, n % 1000 * 10000),
                  "@mt": template, "@m": template.format(**used)}
        level = rnd.choice(levels)
        if level != "Information":
            record["@l"] = level
        record.update(used)
        record.update({"MessageId": mid, "MessagePrefix": "PayrollSync", "Application": rnd.choice(apps),
                       "Msgid": "ID-%d" % rnd.randint(1, 500000), "SourceContext": "PayrollSync.Worker"})
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
print(f"{n} records, {written / 1048576:.0f} MB in {out}")
