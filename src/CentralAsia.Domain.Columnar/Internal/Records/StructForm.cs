namespace CentralAsia.Domain.Columnar.Internal.Records;

// How a Parquet struct of a record schema appears in the record's JSON.
internal enum StructForm
{
    // A JSON object with one property per field (money: amount and currency).
    Object,

    // A partial date, JSON "2023", "2023-05" or "2023-05-19": the struct holds its first day (date) and its precision.
    PartialDate,

    // A quantity, JSON "30 bcm/yr": the struct holds the value (decimal) and the unit's symbol.
    Quantity,
}
