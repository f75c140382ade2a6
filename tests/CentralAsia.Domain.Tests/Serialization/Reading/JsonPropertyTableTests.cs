using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization.Reading;

/// <summary>
/// The property tables are built once per process by the converters' static fields, so the
/// converter tests cannot tell a table built wrong from one built right on a later run: these build
/// tables of their own.
/// </summary>
public class JsonPropertyTableTests
{
    [Fact]
    public void A_name_ending_in_a_question_mark_is_optional_and_the_mark_is_not_part_of_it()
    {
        var table = new Table("id", "note?", "date", "citations?");

        Assert.Equal(["id", "note", "date", "citations"], table.Names);
        Assert.Equal(table.Names.Select(n => JsonEncodedText.Encode(n)), table.Encoded);
        Assert.True(table.Utf8Name(1).SequenceEqual("note"u8));
        Assert.Equal(0b0101UL, table.Missing(0));
        Assert.Equal(0b0100UL, table.Missing(0b0011));
        Assert.Equal(0UL, table.Missing(0b1111));
    }

    [Fact]
    public void Sixty_four_properties_fit_and_each_has_its_own_bit()
    {
        var names = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? $"p{i}" : $"p{i}?").ToArray();
        var table = new Table(names);

        Assert.Equal(0x5555_5555_5555_5555UL, table.Missing(0));
        Assert.Equal(1UL << 62, table.Missing(~(1UL << 62)));
        Assert.Equal("p63", table.Names[63]);
        Assert.Equal(63, Find(table, "p63"));
        Assert.StartsWith("At most 64 properties.", Assert.Throws<ArgumentException>("names", () => new Table([.. names, "one-too-many"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_gives_the_index_of_the_name_or_minus_one()
    {
        var table = new Table("reporter", "partner?", "value");

        Assert.Equal(0, Find(table, "reporter"));
        Assert.Equal(2, Find(table, "value"));
        Assert.Equal(1, Find(table, "partner"));
        Assert.Equal(-1, Find(table, "partner?"));
        Assert.Equal(-1, Find(table, "Value"));
    }

    private enum Flow
    {
        Reporter,
        TargetAmount,
        Citations,
    }

    private enum Small : byte
    {
        Only,
    }

    private enum Gapped
    {
        First = 1,
        Second = 2,
    }

    [Fact]
    public void An_enumerations_members_are_the_properties_in_camel_case_and_index_the_encoded_names()
    {
        var table = new JsonPropertyTable<Flow>(Flow.Citations);

        Assert.Equal(["reporter", "targetAmount", "citations"], table.Names);
        Assert.Equal(JsonEncodedText.Encode("targetAmount"), table[Flow.TargetAmount]);
        Assert.Equal(0b011UL, table.Missing(0));
        Assert.Equal(1, Find(table, "targetAmount"));
        Assert.Equal("The converter does not read the property 'citations' of Flow.", table.Unhandled(2).Message);
    }

    [Fact]
    public void An_enumeration_not_numbered_from_zero_in_order_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new JsonPropertyTable<Gapped>());
        Assert.Equal("The members of Gapped must be numbered 0, 1, 2, … in order.", error.Message);
    }

    [Fact]
    public void An_enumeration_of_another_size_than_int_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new JsonPropertyTable<Small>());
        Assert.Equal("Small must be an enumeration of int.", error.Message);
    }

    private static int Find(JsonPropertyTable table, string name)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($"{{\"{name}\":1}}"));
        reader.Read();
        reader.Read();
        return table.Find(ref reader);
    }

    private sealed class Table(params string[] names) : JsonPropertyTable(names);
}
