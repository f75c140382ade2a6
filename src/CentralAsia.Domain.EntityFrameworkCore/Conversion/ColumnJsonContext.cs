using System.Text.Json.Serialization;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Source-generated metadata for the values stored as JSON columns. Each type carries the core's
/// strict converter (<c>[JsonConverter]</c>), so a column is written in the canonical JSON form and
/// read back with every rule checked.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(PersonName))]
[JsonSerializable(typeof(EquatableArray<string>))]
[JsonSerializable(typeof(EquatableArray<CountryCode>))]
[JsonSerializable(typeof(EquatableArray<SourceId>))]
[JsonSerializable(typeof(EquatableArray<LeaderId>))]
[JsonSerializable(typeof(EquatableArray<Term>))]
[JsonSerializable(typeof(EquatableArray<StatusChange>))]
[JsonSerializable(typeof(EquatableArray<Commitment>))]
[JsonSerializable(typeof(EquatableArray<Quote>))]
internal sealed partial class ColumnJsonContext : JsonSerializerContext
{
}
