using CentralAsia.Domain.Columnar.Internal;
using global::Parquet.Meta;
using Xunit;

namespace CentralAsia.Domain.Columnar.Tests.Internal;

// The delta page check counts a page's string lengths as Parquet.Net decodes them: as many as the page's values pass,
// fewer are refused, at every place a page can be cut.
public sealed class DeltaPageCheckTests
{
    // DELTA_BINARY_PACKED: block of 8 values in 1 miniblock, 3 values, first 2, then one block: min delta 0, width 1,
    // and one byte of packed deltas. Then the three strings' bytes.
    private static readonly byte[] ThreeLengths = [8, 1, 3, 4, 0, 1, 0b0000_0000, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f'];

    private static PageHeaderFields Page(long values, int encoding = 6) => new()
    {
        Type = 0, NumValues = values, HasValues = true, Encoding = encoding, UncompressedSize = ThreeLengths.Length, CompressedSize = ThreeLengths.Length,
    };

    [Fact]
    public void A_page_with_as_many_lengths_as_values_passes()
    {
        Assert.Null(DeltaPageCheck.Check(ThreeLengths, Page(3), CompressionCodec.UNCOMPRESSED, 0, 0));
        Assert.Null(DeltaPageCheck.Check(ThreeLengths, Page(2), CompressionCodec.UNCOMPRESSED, 0, 0));
    }

    [Fact]
    public void A_page_with_fewer_lengths_than_values_is_refused()
    {
        Assert.Equal("the data page's string lengths are fewer than its 4 values.", DeltaPageCheck.Check(ThreeLengths, Page(4), CompressionCodec.UNCOMPRESSED, 0, 0));
    }

    [Fact]
    public void A_page_cut_anywhere_in_its_lengths_is_refused()
    {
        for (var cut = 0; cut < 7; cut++)
        {
            var page = ThreeLengths[..cut];
            Assert.NotNull(DeltaPageCheck.Check(page, Page(3) with { UncompressedSize = cut, CompressedSize = cut }, CompressionCodec.UNCOMPRESSED, 0, 0));
        }
    }

    [Fact]
    public void Nulls_are_counted_from_the_definition_levels()
    {
        // Optional column, 4 values of which the second is null: levels 1,0,1,1 bit-packed (one group), 3 lengths.
        byte[] levels = [2, 0, 0, 0, 0b0000_0011, 0b0000_1101];
        byte[] page = [.. levels, .. ThreeLengths];
        Assert.Null(DeltaPageCheck.Check(page, Page(4) with { UncompressedSize = page.Length }, CompressionCodec.UNCOMPRESSED, 1, 0));

        // The same page saying 5 values, the fifth defined: four defined, three lengths.
        byte[] five = [2, 0, 0, 0, 0b0000_0011, 0b0001_1101, .. ThreeLengths];
        Assert.Equal("the data page's string lengths are fewer than its 4 values.", DeltaPageCheck.Check(five, Page(5) with { UncompressedSize = five.Length }, CompressionCodec.UNCOMPRESSED, 1, 0));
    }

    [Fact]
    public void Prefix_lengths_of_delta_byte_array_are_counted_too()
    {
        byte[] page = [8, 1, 2, 0, 0, 1, 0, .. ThreeLengths];
        Assert.Equal("the data page's prefix lengths are fewer than its 3 values.", DeltaPageCheck.Check(page, Page(3, encoding: 7) with { UncompressedSize = page.Length }, CompressionCodec.UNCOMPRESSED, 0, 0));
    }

    [Fact]
    public void A_page_claiming_more_bytes_than_a_page_may_hold_is_refused_before_anything_is_allocated()
    {
        Assert.Equal("the data page claims 2147483647 bytes and 3 values.", DeltaPageCheck.Check(ThreeLengths, Page(3) with { UncompressedSize = int.MaxValue }, CompressionCodec.GZIP, 0, 0));
        Assert.Equal("the data page claims -1 bytes and 3 values.", DeltaPageCheck.Check(ThreeLengths, Page(3) with { UncompressedSize = -1 }, CompressionCodec.GZIP, 0, 0));
    }

    [Fact]
    public void Bit_packed_definition_levels_claiming_more_groups_than_bytes_are_damage()
    {
        // A bit-packed run of 2^40 groups (varint), where only a few bytes follow.
        byte[] levels = [6, 0, 0, 0, 0x81, 0x80, 0x80, 0x80, 0x80, 0x40];
        byte[] page = [.. levels, .. ThreeLengths];
        Assert.Equal("the data page's definition levels are damaged.", DeltaPageCheck.Check(page, Page(3) with { UncompressedSize = page.Length }, CompressionCodec.UNCOMPRESSED, 1, 0));
    }
}
