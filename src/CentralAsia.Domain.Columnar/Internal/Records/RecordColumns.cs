
namespace CentralAsia.Domain.Columnar.Internal.Records;

// The column schemas of the records that come in volume besides trade flows, version 1 each (docs/columnar.md). Each
// follows the record's JSON; RecordSchemaTests checks every one against the JSON Schema, property by property.
internal static class RecordColumns
{
    internal const int AmountPrecision = 38;
    internal const int AmountScale = 6;

    internal static RecordSchema FinanceCommitment { get; } = new(
        "finance-commitment",
        1,
        Leaf("recordId", LeafKind.Integer, required: true),
        Leaf("recipient", LeafKind.Code, required: true),
        Leaf("title", LeafKind.Text, required: true),
        List("fundingAgencies", LeafKind.Text, required: true),
        Leaf("flowType", LeafKind.Code, required: true),
        Leaf("flowClass", LeafKind.Code, required: true),
        Leaf("status", LeafKind.Code, required: true),
        Leaf("sector", LeafKind.Code),
        PartialDate("committed"),
        PartialDate("implementationStarted"),
        PartialDate("completed"),
        Money("amount"),
        Money("constantUsd2021"),
        Money("adjustedConstantUsd2021"),
        Leaf("recommendedForAggregates", LeafKind.Boolean),
        Leaf("umbrella", LeafKind.Boolean),
        Leaf("project", LeafKind.Code),
        Citations());

    internal static RecordSchema Project { get; } = new(
        "project",
        1,
        Leaf("id", LeafKind.Code, required: true),
        Leaf("name", LeafKind.Text, required: true),
        List("aliases", LeafKind.Text),
        Leaf("kind", LeafKind.Code, required: true),
        List("route", LeafKind.Code, required: true),
        Quantity("capacity"),
        Quantity("length"),
        Money("cost"),
        new ListNode("history", true, Struct(
            "element",
            Leaf("status", LeafKind.Code, required: true),
            PartialDate("date", required: true),
            Leaf("note", LeafKind.Text),
            Citations())),
        List("operators", LeafKind.Text),
        List("financiers", LeafKind.Text),
        Citations());

    internal static RecordSchema Leader { get; } = new(
        "leader",
        1,
        Leaf("id", LeafKind.Code, required: true),
        Struct(
            "name",
            Leaf("preferred", LeafKind.Text, required: true),
            new ListNode("aliases", false, Struct(
                "element",
                Leaf("text", LeafKind.Text, required: true),
                Leaf("kind", LeafKind.Code, required: true),
                Leaf("language", LeafKind.Code),
                PartialDate("validFrom"),
                PartialDate("validUntil")))),
        Leaf("country", LeafKind.Code, required: true),
        PartialDate("birthDate"),
        new ListNode("terms", true, Struct(
            "element",
            Struct("office", Leaf("title", LeafKind.Text, required: true), Leaf("role", LeafKind.Code, required: true)),
            Leaf("start", LeafKind.Date, required: true),
            Leaf("end", LeafKind.Date),
            Leaf("kind", LeafKind.Code, required: true),
            Citations())),
        Citations());

    internal static RecordSchema Commitment { get; } = new(
        "commitment",
        1,
        Leaf("id", LeafKind.Code, required: true),
        Leaf("theme", LeafKind.Code, required: true),
        Leaf("strength", LeafKind.Code, required: true),
        List("actors", LeafKind.Code, required: true),
        List("beneficiaries", LeafKind.Code),
        Leaf("text", LeafKind.Text, required: true),
        Money("targetAmount"),
        Quantity("targetQuantity"),
        List("projects", LeafKind.Code),
        Citations());

    internal static RecordSchema[] All { get; } = [FinanceCommitment, Project, Leader, Commitment];

    private static LeafNode Leaf(string name, LeafKind kind, bool required = false) => new(name, kind, required);

    private static ListNode List(string name, LeafKind item, bool required = false) => new(name, required, new LeafNode("element", item, true));

    private static ListNode Citations() => List("citations", LeafKind.Code);

    // A required struct (the JSON always has it); Parquet.Net writes every struct as optional.
    private static StructNode Struct(string name, params RecordNode[] fields) => new(name, true, StructForm.Object, fields);

    private static StructNode Money(string name) =>
        new(name, false, StructForm.Object, Leaf("amount", LeafKind.Decimal, required: true), Leaf("currency", LeafKind.Code, required: true));

    private static StructNode PartialDate(string name, bool required = false) =>
        new(name, required, StructForm.PartialDate, Leaf("start", LeafKind.Date, required: true), Leaf("precision", LeafKind.Code, required: true));

    private static StructNode Quantity(string name) =>
        new(name, false, StructForm.Quantity, Leaf("value", LeafKind.Decimal, required: true), Leaf("unit", LeafKind.Code, required: true));
}
