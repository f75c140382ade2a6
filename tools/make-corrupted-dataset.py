#!/usr/bin/env python3
"""Makes the hand-corrupted copies of the reference dataset used to show the error report (issue #21).

usage: tools/make-corrupted-dataset.py src/CentralAsia.Domain/Reference/xian-summit-2023.json corrupted.json broken.json

corrupted.json: xi-jinping's leader record has country "QQ"; the first group partner is written "KZ+KG+..."; China's
2022 figure with Kazakhstan has "amount": -1 and "currency": "usd"; the last participant of the summit is misspelt.
broken.json: a comma is missing at the end of the first line from 248 on that has one (a syntax error).
Then: dotnet run --project samples/Validate -c Release -- corrupted.json
"""
import re,sys
src=open(sys.argv[1],encoding='utf-8').read()
lines=src.split('\n')
# 1. xi-jinping's leader record gets country "QQ"
i=next(n for n,l in enumerate(lines) if '"id": "xi-jinping"' in l)
j=next(n for n in range(i,len(lines)) if lines[n].strip().startswith('"country":'))
lines[j]=re.sub(r'"country": "\w+"','"country": "QQ"',lines[j])
# 2. the first group partner written out of order
k=next(n for n,l in enumerate(lines) if '"partner": "KG+KZ+TJ+TM+UZ"' in l)
lines[k]=lines[k].replace('KG+KZ+TJ+TM+UZ','KZ+KG+TJ+TM+UZ')
# 3. China-Kazakhstan 2022: a negative amount in a lower-case currency
a=next(n for n,l in enumerate(lines) if '"amount": 31200000000' in l)
lines[a]=lines[a].replace('31200000000','-1'); lines[a+1]=lines[a+1].replace('"USD"','"usd"')
# 4. the last participant of the summit misspelt (a dangling reference on its own line)
p=next(n for n,l in enumerate(lines) if '"participants"' in l)
q=next(n for n in range(p,p+10) if '"shavkat-mirziyoyev"' in lines[n])
lines[q]=lines[q].replace('"shavkat-mirziyoyev"','"shavkat-mirziyoev"')
open(sys.argv[2],'w',encoding='utf-8').write('\n'.join(lines))
# a second copy with a syntax error on line 248: a missing comma
lines2=src.split('\n'); n=247
while not lines2[n].rstrip().endswith(','): n+=1
lines2[n]=lines2[n].rstrip()[:-1]
open(sys.argv[3],'w',encoding='utf-8').write('\n'.join(lines2))
print('syntax error made at line', n+1)
