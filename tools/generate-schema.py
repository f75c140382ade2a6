#!/usr/bin/env python3
"""Writes schema/centralasia.schema.json (JSON Schema draft 2020-12) for the canonical JSON format.

The country and currency code lists come from the tables the library embeds
(src/CentralAsia.Domain/Values/Iso*Table.g.cs), so schema and library agree on which codes exist.
Run from the repository root:  python3 tools/generate-schema.py
"""
import json
import re

values = "src/CentralAsia.Domain/Values/"
countries = re.findall(r'new\("([A-Z]{2})", "[A-Z]{3}"', open(values + "IsoCountryTable.g.cs").read())
currencies = re.findall(r'new\("([A-Z]{3})", \d+', open(values + "IsoCurrencyTable.g.cs").read())
units = ["bcm/yr", "bcm", "Mt/yr", "Mt", "TEU/yr", "TEU", "trains/yr", "trains", "km", "mm", "MW", "people"]
regions = ["002", "009", "019", "142", "150", "015", "202", "014", "017", "018", "011", "419", "021", "029", "013", "005",
           "143", "030", "035", "034", "145", "151", "154", "039", "155", "830", "053", "054", "057", "061"]


def kebab(names):
    return [re.sub(r"(?<!^)(?=[A-Z])", "-", n).lower() for n in names]


def obj(required, optional=None, **extra):
    props = dict(required)
    props.update(optional or {})
    schema = {"type": "object", "additionalProperties": False, "required": list(required), "properties": props}
    schema.update(extra)
    return schema


def array(items, min_items=0, unique=False):
    a = {"type": "array", "items": items}
    if min_items:
        a["minItems"] = min_items
    if unique:
        a["uniqueItems"] = True
    return a


ref = lambda name: {"$ref": f"#/$defs/{name}"}
NUMBER = r"-?(0|[1-9][0-9]*)(\.[0-9]+)?"
defs = {
    # Not blank, no control characters (prose may hold tab, line feed, carriage return).
    "name": {"type": "string", "minLength": 1, "maxLength": 500, "pattern": r"^[^\u0000-\u001f]*[^\s\u0000-\u001f][^\u0000-\u001f]*$"},
    "prose": {"type": "string", "minLength": 1, "maxLength": 10000,
              "pattern": r"^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*[^\s\u0000-\u001f][^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$"},
    "id": {"type": "string", "maxLength": 64, "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"},
    "ids": array(ref("id"), unique=True),
    "country": {"enum": countries},
    "countries": array(ref("country"), unique=True),
    "currency": {"enum": currencies},
    "region": {"enum": regions},
    "date": {"type": "string", "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
    "partialDate": {"type": "string", "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"},
    "tradePeriod": {"type": "string", "pattern": r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$"},
    "quantity": {"type": "string", "pattern": "^" + NUMBER.replace("-?", "") + " (" + "|".join(re.escape(u) for u in units) + ")$"},
    "hsCode": {"type": "string", "pattern": r"^(H[0-6]:)?(0[1-9]|[1-9][0-9])([0-9]{2}){0,2}$"},
    "partner": {"type": "string", "pattern": r"^[A-Z]{2}(\+[A-Z]{2})*$"},
    "language": {"type": "string", "maxLength": 35, "pattern": r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},
    "url": {"type": "string", "format": "uri", "pattern": r"^[hH][tT][tT][pP][sS]?://"},
    "money": obj({"amount": {"type": "number"}, "currency": ref("currency")}),
    "nonNegativeMoney": obj({"amount": {"type": "number", "minimum": 0}, "currency": ref("currency")}),
    "citations": array(ref("id"), unique=True),
    "source": obj({"id": ref("id"), "publisher": ref("name"), "title": ref("name"), "url": ref("url")}, {"published": ref("partialDate")}),
    "country_": obj({"code": ref("country"), "shortName": ref("name"), "officialName": ref("name"), "capital": ref("name"),
                     "region": ref("region"), "subRegion": ref("region"), "currency": ref("currency")},
                    {"aliases": array(ref("name"), unique=True), "citations": ref("citations")}),
    "nameAlias": obj({"text": ref("name"), "kind": {"enum": kebab(["Transliteration", "NativeScript", "FormerName", "Epithet", "ShortForm"])}},
                     {"language": ref("language"), "validFrom": ref("partialDate"), "validUntil": ref("partialDate")}),
    "personName": obj({"preferred": ref("name")}, {"aliases": array(ref("nameAlias"))}),
    "office": obj({"title": ref("name"), "role": {"enum": kebab(["HeadOfState", "HeadOfGovernment", "Other"])}}),
    "term": obj({"office": ref("office"), "start": ref("date"),
                 "kind": {"enum": kebab(["Elected", "ElectedByLegislature", "Acting", "Interim", "Appointed"])}},
                {"end": ref("date"), "citations": ref("citations")}),
    "leader": obj({"id": ref("id"), "name": ref("personName"), "country": ref("country"), "terms": array(ref("term"), 1)},
                  {"birthDate": ref("partialDate"), "citations": ref("citations")}),
    "tradeFlow": obj({"reporter": ref("country"), "partner": ref("partner"), "direction": {"enum": ["export", "import", "turnover"]},
                      "period": ref("tradePeriod"), "value": ref("nonNegativeMoney")},
                     {"valuation": {"enum": ["unknown", "fob", "cif"]}, "commodity": ref("hsCode"), "estimated": {"type": "boolean"},
                      "note": ref("prose"), "citations": ref("citations")},
                     **{"if": {"properties": {"estimated": {"const": True}}, "required": ["estimated"]}, "then": {"required": ["note"]}}),
    "statusChange": obj({"status": {"enum": kebab(["Proposed", "Agreed", "UnderConstruction", "Operational", "Suspended", "Cancelled"])},
                         "date": ref("partialDate")}, {"note": ref("prose"), "citations": ref("citations")}),
    "project": obj({"id": ref("id"), "name": ref("name"),
                    "kind": {"enum": kebab(["GasPipeline", "OilPipeline", "Railway", "Road", "Corridor", "LogisticsHub", "Port", "Power", "Other"])},
                    "route": array(ref("country"), 1, True), "history": array(ref("statusChange"), 1)},
                   {"aliases": array(ref("name"), unique=True),
                    "capacity": {"type": "string", "pattern": "^" + NUMBER.replace("-?", "") + " (bcm/yr|Mt/yr|TEU/yr|trains/yr|MW)$"},
                    "length": {"type": "string", "pattern": "^" + NUMBER.replace("-?", "") + " km$"},
                    "cost": ref("nonNegativeMoney"), "operators": array(ref("name"), unique=True),
                    "financiers": array(ref("name"), unique=True), "citations": ref("citations")}),
    "summit": obj({"id": ref("id"), "name": ref("name"), "edition": {"type": "integer", "minimum": 1, "maximum": 2147483647},
                   "host": ref("country"), "city": ref("name"), "start": ref("date"), "end": ref("date"),
                   "participants": array(ref("id"), 1, True)}, {"citations": ref("citations")}),
    "commitment": obj({"id": ref("id"),
                       "theme": {"enum": kebab(["Security", "Trade", "Investment", "Energy", "Transport", "Culture", "Institutions", "Finance",
                                                "Development", "Environment", "Agriculture", "Technology", "Health", "Other"])},
                       "strength": {"enum": ["intent", "pledge", "agreement"]}, "actors": array(ref("country"), 1, True), "text": ref("prose")},
                      {"beneficiaries": ref("countries"), "targetAmount": ref("nonNegativeMoney"), "targetQuantity": ref("quantity"),
                       "projects": ref("ids"), "citations": ref("citations")}),
    "quote": obj({"speaker": ref("id"), "words": ref("prose"), "citations": array(ref("id"), 1, True)}, {"language": ref("language")}),
    "declaration": obj({"id": ref("id"), "summit": ref("id"), "title": ref("name"), "adopted": ref("date"),
                        "signatories": array(ref("id"), 1, True)},
                       {"commitments": array(ref("commitment")), "quotes": array(ref("quote")), "citations": ref("citations")}),
}
schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://centralasia-domain.example/schema/1.0/centralasia.schema.json",
    "title": "CentralAsia.Domain dataset, format 1.x",
    "description": "The canonical JSON format of CentralAsia.Domain. Rules the schema cannot express are listed in docs/json-format.md.",
    **obj({"schemaVersion": {"type": "string", "pattern": r"^1\.[0-9]+$"}},
          {"sources": array(ref("source")), "countries": array(ref("country_")), "leaders": array(ref("leader")),
           "tradeFlows": array(ref("tradeFlow")), "projects": array(ref("project")), "summits": array(ref("summit")),
           "declarations": array(ref("declaration"))}),
    "$defs": defs,
}
with open("schema/centralasia.schema.json", "w", encoding="utf-8") as f:
    json.dump(schema, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(countries), "countries,", len(currencies), "currencies")
