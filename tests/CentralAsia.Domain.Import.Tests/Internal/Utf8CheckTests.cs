using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CentralAsia.Domain.Import.Comtrade;
using CentralAsia.Domain.Import.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CentralAsia.Domain.Import.Tests.Internal;

/// <summary>
/// A CSV file whose bytes are not UTF-8 is one error at the bad byte's own line — not at the row after the last one the
/// reader handed out, a read-ahead buffer too early — whatever the reads' sizes; UTF-8 split across reads is fine, and a
/// file with a UTF-16 byte order mark is still decoded by its mark.
/// </summary>
public sealed class Utf8CheckTests
{
    private static System.Threading.CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A Comtrade CSV of <paramref name="rows"/> rows with the byte 0xFF inserted as the 4th byte of line <paramref name="badLine"/>.</summary>
    private static byte[] WithBadByte(int rows, int badLine)
    {
        var text = Comtrade.Import.CurrentCsv(Enumerable.Range(0, rows).Select(_ => Comtrade.ComtradeFiles.Row()).ToArray());
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var offset = text.Split('\n').Take(badLine - 1).Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        bytes.Insert(offset + 3, 0xFF);
        return bytes.ToArray();
    }

    [Theory]
    [InlineData(3000, 2501)]
    [InlineData(5, 3)]
    [InlineData(5, 1)]
    public void A_bad_byte_is_reported_at_its_own_line(int rows, int badLine)
    {
        var import = ComtradeImport.Open(new MemoryStream(WithBadByte(rows, badLine)), "bad.csv", Comtrade.Import.Options());
        var e = Assert.Single(Assert.Throws<ImportException>(() => import.ReadAll(Cancel).ToList()).Errors);
        Assert.Equal((ImportErrorCodes.FileMalformed, "bad.csv", (long)badLine), (e.Code, e.File, e.Line!.Value));
        Assert.Equal("The file is not UTF-8 text: byte 4 of the line (0xFF) is not valid UTF-8.", e.Message);
    }

    [Theory]
    [InlineData(3000, 2501)]
    [InlineData(5, 3)]
    public async Task The_async_path_reports_the_same_line(int rows, int badLine)
    {
        var import = ComtradeImport.Open(new TrickleStream(WithBadByte(rows, badLine), most: 4096, asyncOnly: true), "bad.csv", Comtrade.Import.Options());
        var failure = await Assert.ThrowsAsync<ImportException>(async () =>
        {
            await foreach (var _ in import.ReadAllAsync(Cancel))
            {
            }
        });
        Assert.Equal((long)badLine, Assert.Single(failure.Errors).Line);
    }

    [Fact]
    public void Characters_split_across_reads_pass_and_a_file_ending_inside_one_does_not()
    {
        var row = Comtrade.ComtradeFiles.Row(("partnerDesc", "Türkiye Oʻzbekiston 中国 🚂"));
        var bytes = Encoding.UTF8.GetBytes(Comtrade.Import.CurrentCsv(row));
        var whole = ComtradeImport.Open(new MemoryStream(bytes), "ok.csv", Comtrade.Import.Options()).ReadAll(Cancel).ToList();
        foreach (var most in new[] { 1, 2, 3, 5 })
        {
            var trickled = ComtradeImport.Open(new TrickleStream(bytes, most), "ok.csv", Comtrade.Import.Options()).ReadAll(Cancel).ToList();
            Assert.Equal(whole, trickled);
        }

        var cut = Encoding.UTF8.GetBytes(Comtrade.Import.CurrentCsv(Comtrade.ComtradeFiles.Row()).TrimEnd('\n') + ",🚂")[..^2];
        var e = Assert.Single(Assert.Throws<ImportException>(() => ComtradeImport.Open(new TrickleStream(cut, 1), "cut.csv", Comtrade.Import.Options()).ReadAll(Cancel).ToList()).Errors);
        Assert.Equal(2L, e.Line);
        Assert.StartsWith("The file ends inside a UTF-8 character", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Characters_split_across_asynchronous_reads_pass()
    {
        var row = Comtrade.ComtradeFiles.Row(("partnerDesc", "Türkiye Oʻzbekiston 中国 🚂"));
        var bytes = Encoding.UTF8.GetBytes(Comtrade.Import.CurrentCsv(row));
        var whole = ComtradeImport.Open(new MemoryStream(bytes), "ok.csv", Comtrade.Import.Options()).ReadAll(Cancel).ToList();
        foreach (var most in new[] { 1, 2, 3 })
        {
            var records = new System.Collections.Generic.List<ComtradeRecord>();
            await foreach (var record in ComtradeImport.Open(new TrickleStream(bytes, most, asyncOnly: true), "ok.csv", Comtrade.Import.Options()).ReadAllAsync(Cancel))
            {
                records.Add(record);
            }

            Assert.Equal(whole, records);
        }
    }

    /// <summary>Text that is not ASCII in UTF-16 is not UTF-8 either: it passes only because the mark is recognised, also a byte a read.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_file_with_a_utf16_byte_order_mark_is_decoded_by_it(int most)
    {
        var text = Comtrade.Import.CurrentCsv(Comtrade.ComtradeFiles.Row(("partnerDesc", "Türkiye 中国")));
        var utf8 = ComtradeImport.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "a.csv", Comtrade.Import.Options()).ReadAll(Cancel).ToList();
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
        Stream stream = most == 0 ? new MemoryStream(utf16) : new TrickleStream(utf16, most);
        Assert.Single(utf8);
        Assert.Equal(utf8, ComtradeImport.Open(stream, "a.csv", Comtrade.Import.Options()).ReadAll(Cancel).ToList());
    }

    /// <summary>The byte order mark is told even when it arrives a byte a read, straight from the file.</summary>
    [Fact]
    public async Task A_byte_order_mark_split_across_reads_is_still_told()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Türkiye,中国\n")];
        using (var stream = new Utf8CheckedStream(new TrickleStream(utf16, 1)))
        {
            Assert.Equal(utf16.Length, ReadAll(stream));
        }

        await using var asynchronous = new Utf8CheckedStream(new TrickleStream(utf16, 1, asyncOnly: true));
        var buffer = new byte[8];
        var total = 0;
        for (int read; (read = await asynchronous.ReadAsync(buffer, Cancel)) > 0;)
        {
            total += read;
        }

        Assert.Equal(utf16.Length, total);

        static int ReadAll(Stream s)
        {
            var buffer = new byte[8];
            var total = 0;
            for (int read; (read = s.Read(buffer, 0, buffer.Length)) > 0;)
            {
                total += read;
            }

            return total;
        }
    }

    [Fact]
    public async Task Disposing_the_check_disposes_the_file()
    {
        var file = new TrickleStream([0x61]);
        new Utf8CheckedStream(file).Dispose();
        Assert.True(file.Disposed);
        var asyncFile = new TrickleStream([0x61]);
        await new Utf8CheckedStream(asyncFile).DisposeAsync();
        Assert.True(asyncFile.Disposed);
    }

    /// <summary>
    /// For any bytes and any read sizes, synchronous or not, the check agrees with the platform's validator and names the
    /// first bad byte's line and byte of the line. The bytes are mostly real UTF-8 text (so characters are split across
    /// reads), sometimes with one byte changed.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Agrees_with_the_platform_validator_for_any_bytes_and_read_sizes() => Prop.ForAll(
        (from text in Gen.ArrayOf(Gen.Elements('a', ',', '\n', 'é', 'ʻ', '中', '\uD83D')).Select(cs => new string(cs) + "🚂")
         from corrupt in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
         from spot in Gen.Choose(0, 1000)
         from value in Gen.Choose(0, 255)
         from most in Gen.Choose(1, 7)
         from asynchronous in Gen.Elements(false, true)
         from cut in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
         let valid = Encoding.UTF8.GetBytes(text)[..^cut]
         let bytes = corrupt && valid.Length > 0 ? valid.Select((b, i) => i == spot % valid.Length ? (byte)value : b).ToArray() : valid
         where !(bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
         select (bytes, most, asynchronous)).ToArbitrary(),
        input =>
        {
            var (bytes, most, asynchronous) = input;
            using var checkedStream = new Utf8CheckedStream(new TrickleStream(bytes, most));
            var buffer = new byte[16];
            Utf8Exception? failure = null;
            try
            {
                while ((asynchronous ? checkedStream.ReadAsync(buffer.AsMemory(), Cancel).AsTask().GetAwaiter().GetResult() : checkedStream.Read(buffer)) > 0)
                {
                }
            }
            catch (Utf8Exception e)
            {
                failure = e;
            }

            Assert.Equal(!System.Text.Unicode.Utf8.IsValid(bytes), failure is not null);
            if (failure is not null)
            {
                var firstBad = FirstInvalid(bytes);
                var lineStart = bytes.AsSpan(0, firstBad).LastIndexOf((byte)'\n') + 1;
                Assert.Equal((1L + bytes.AsSpan(0, firstBad).Count((byte)'\n'), (long)(firstBad - lineStart + 1)), (failure.Line, failure.Column));
            }
        });

    private static int FirstInvalid(byte[] bytes)
    {
        var at = 0;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }
}
