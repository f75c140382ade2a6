using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Diplomacy;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Infrastructure;
using CentralAsia.Domain.People;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Sources;
using CentralAsia.Domain.Trade;
using CentralAsia.Domain.Validation;
using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Fuzz;

/// <summary>
/// The fuzz targets: one per parser. Each takes arbitrary bytes and either returns (the input was
/// handled: a value that round-trips, or a documented error) or throws — a
/// <see cref="FuzzFailureException"/> when an oracle is broken, or whatever undocumented exception
/// escaped the library. Documented exceptions (<see cref="FormatException"/> from <c>Parse</c>,
/// <see cref="CentralAsiaJsonException"/> from the JSON readers) are caught here and checked.
/// </summary>
/// <remarks>
/// This file is compiled into the fuzzing program (run under AFL++) and into the test project, which
/// replays the committed seed corpus and every saved crash through the same code.
/// </remarks>
public static class FuzzTargets
{
    private static readonly FrozenSet<string> KnownCodes = CodesOf(typeof(ErrorCodes));

    // The selector byte of "records" and "identifier" picks an entry, modulo the length: keep the
    // order, or the saved corpus and regressions would be replayed against other types.
    private static readonly Action<byte[]>[] RecordTargets =
    [
        Document<TradeFlow>, Document<Leader>, Document<Country>, Document<InfrastructureProject>,
        Document<Summit>, Document<SummitDeclaration>, Document<Source>,
    ];

    private static readonly Action<byte[]>[] IdentifierTargets =
    [
        Value<SourceId>, Value<LeaderId>, Value<ProjectId>, Value<SummitId>, Value<DeclarationId>, Value<CommitmentId>,
    ];

    /// <summary>The documented error codes: the string constants of the given classes (the core's, a package's).</summary>
    /// <param name="holders">The classes of codes, such as <see cref="ErrorCodes"/>.</param>
    /// <returns>The codes.</returns>
    public static FrozenSet<string> CodesOf(params Type[] holders) =>
        holders.SelectMany(h => h.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetRawConstantValue()!).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every target by name, as <c>fuzz/run.sh TARGET</c> takes it.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["dataset"] = Dataset,
        ["records"] = Records,
        ["jsonl"] = JsonLines,
        ["country"] = data => Value<CountryCode>(data),
        ["currency"] = data => Value<CurrencyCode>(data),
        ["money"] = data => Value<Money>(data),
        ["partial-date"] = data => Value<PartialDate>(data),
        ["trade-period"] = data => Value<TradePeriod>(data),
        ["quantity"] = data => Value<Quantity>(data),
        ["hs-code"] = data => Value<HsCode>(data),
        ["region"] = data => Value<Region>(data),
        ["trade-partner"] = data => Value<TradePartner>(data),
        ["identifier"] = Identifier,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A whole dataset document: <see cref="CentralAsiaJson.Validate(ReadOnlySpan{byte})"/> and
    /// <see cref="CentralAsiaJson.Deserialize{T}(ReadOnlySpan{byte})"/> must agree error for error,
    /// and an accepted dataset must round-trip to an equal value with a stable canonical text.
    /// </summary>
    /// <param name="data">The input.</param>
    public static void Dataset(byte[] data) => Document<CentralAsiaDataset>(data);

    /// <summary>One record of the type chosen by the first byte, checked like <see cref="Dataset"/>.</summary>
    /// <param name="data">A selector byte, then the JSON document.</param>
    public static void Records(byte[] data) => Choose(data, RecordTargets);

    /// <summary>
    /// A JSON Lines stream of trade flows: <see cref="CentralAsiaJson.DeserializeLinesAsync{T}"/> stops
    /// at the first bad line with exactly the errors <see cref="CentralAsiaJson.ValidateLinesAsync{T}"/>
    /// reports for that line; the flows read before it round-trip through
    /// <see cref="CentralAsiaJson.SerializeLines{T}"/>.
    /// </summary>
    /// <param name="data">The input.</param>
    public static void JsonLines(byte[] data) => JsonLinesAsync(data).GetAwaiter().GetResult();

    /// <summary>An identifier of the type chosen by the first byte, checked like every value.</summary>
    /// <param name="data">A selector byte, then the text.</param>
    public static void Identifier(byte[] data) => Choose(data, IdentifierTargets);

    /// <summary>
    /// A value object: <c>Parse</c> throws only <see cref="FormatException"/> and exactly when
    /// <c>TryParse</c> says no; string and span forms agree; an accepted value formats to a canonical
    /// text that parses back to an equal value and formats the same again, with
    /// <see cref="ISpanFormattable.TryFormat"/> writing that same text.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="data">UTF-8 bytes of the text (invalid sequences become U+FFFD, as any decoder would give the library).</param>
    public static void Value<T>(byte[] data)
        where T : ISpanParsable<T>, ISpanFormattable, IEquatable<T>
    {
        var text = Encoding.UTF8.GetString(data);
        var accepted = T.TryParse(text, null, out var tried);
        Check(accepted == T.TryParse(text.AsSpan(), null, out var triedSpan), "TryParse(string) and TryParse(span) disagree");
        T parsed;
        try
        {
            parsed = T.Parse(text, null);
        }
        catch (FormatException e)
        {
            Check(!accepted, "TryParse accepted a text that Parse rejected: " + e.Message);
            Check(e.Message.Length > 0, "FormatException without a message");
            return;
        }

        Check(accepted, "Parse accepted a text that TryParse rejected");
        Check(parsed.Equals(tried) && parsed.Equals(triedSpan), "Parse and TryParse returned different values");
        Check(parsed.Equals(T.Parse(text.AsSpan(), null)), "Parse(string) and Parse(span) returned different values");

        var canonical = parsed.ToString(null, null);
        T again;
        try
        {
            again = T.Parse(canonical, null);
        }
        catch (FormatException e)
        {
            throw new FuzzFailureException($"The canonical text '{canonical}' does not parse: {e.Message}");
        }

        Check(again.Equals(parsed), $"'{canonical}' parses to a different value");
        Check(again.GetHashCode() == parsed.GetHashCode(), "equal values hash differently");
        Check(string.Equals(again.ToString(null, null), canonical, StringComparison.Ordinal), "the canonical text is not stable");

        var buffer = new char[canonical.Length];
        Check(parsed.TryFormat(buffer, out var written, default, null) && buffer.AsSpan(0, written).SequenceEqual(canonical), "TryFormat writes another text than ToString");
        if (canonical.Length > 0)
        {
            Check(!parsed.TryFormat(buffer.AsSpan(0, canonical.Length - 1), out _, default, null), "TryFormat claims success in a buffer too small");
        }
    }

    private static void Choose(byte[] data, Action<byte[]>[] targets)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length > 0)
        {
            targets[data[0] % targets.Length](data[1..]);
        }
    }

    private static void Document<T>(byte[] data)
        where T : class, IEquatable<T>
    {
        var errors = CentralAsiaJson.Validate<T>(data);
        CheckErrors(errors, data);
        T value;
        try
        {
            value = CentralAsiaJson.Deserialize<T>(data);
        }
        catch (CentralAsiaJsonException e)
        {
            Check(!errors.IsEmpty, "Deserialize rejected a document that Validate accepted: " + e.Message);
            Check(e.Errors.Equals(errors), "Deserialize and Validate report different errors");
            return;
        }

        Check(errors.IsEmpty, "Deserialize accepted a document that Validate rejected: " + errors);
        RoundTrip(value);
    }

    private static void RoundTrip<T>(T value)
        where T : class, IEquatable<T>
    {
        var canonical = CentralAsiaJson.SerializeToUtf8Bytes(value);
        T again;
        try
        {
            again = CentralAsiaJson.Deserialize<T>(canonical);
        }
        catch (CentralAsiaJsonException e)
        {
            throw new FuzzFailureException("The library rejects its own output: " + e.Message);
        }

        Check(again.Equals(value), "The round trip changed the value");
        Check(CentralAsiaJson.SerializeToUtf8Bytes(again).AsSpan().SequenceEqual(canonical), "The canonical JSON is not stable");
    }

    private static async Task JsonLinesAsync(byte[] data)
    {
        var errors = new List<ValidationError>();
        await foreach (var error in CentralAsiaJson.ValidateLinesAsync<TradeFlow>(new MemoryStream(data, writable: false)).ConfigureAwait(false))
        {
            errors.Add(error);
        }

        CheckErrors(errors, data);
        Check(errors.TrueForAll(e => e.Line is not null), "A JSON Lines error has no line number");

        var flows = new List<TradeFlow>();
        CentralAsiaJsonException? failure = null;
        try
        {
            await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(new MemoryStream(data, writable: false)).ConfigureAwait(false))
            {
                flows.Add(flow);
            }
        }
        catch (CentralAsiaJsonException e)
        {
            failure = e;
        }

        if (failure is null)
        {
            Check(errors.Count == 0, "DeserializeLinesAsync accepted lines that ValidateLinesAsync rejected");
        }
        else
        {
            Check(!failure.Errors.IsEmpty, "CentralAsiaJsonException without errors");
            var line = failure.Errors[0].Line;
            Check(failure.Errors.AsSpan().ToArray().All(e => e.Line == line), "One exception reports errors of several lines");
            Check(failure.Errors.AsSpan().SequenceEqual(errors.Where(e => e.Line == line).ToArray()), "DeserializeLinesAsync and ValidateLinesAsync report different errors for the failing line");
            Check(errors.Count > 0 && errors[0].Line == line, "DeserializeLinesAsync did not stop at the first bad line");
        }

        using var output = new MemoryStream();
        CentralAsiaJson.SerializeLines(output, flows);
        var again = new List<TradeFlow>();
        await foreach (var flow in CentralAsiaJson.DeserializeLinesAsync<TradeFlow>(new MemoryStream(output.ToArray(), writable: false)).ConfigureAwait(false))
        {
            again.Add(flow);
        }

        Check(again.SequenceEqual(flows), "The JSON Lines round trip changed the flows");
    }

    private static void CheckErrors(IReadOnlyList<ValidationError> errors, byte[] data)
    {
        var lines = 1 + data.Count(b => b == (byte)'\n');
        foreach (var error in errors)
        {
            Check(KnownCodes.Contains(error.Code), $"Undocumented error code '{error.Code}'");
            Check(error.Path.Length == 0 || error.Path[0] == '/', $"'{error.Path}' is not a JSON Pointer");
            Check(!string.IsNullOrWhiteSpace(error.Message), "An error without a message");
            Check(error.Line is null || (error.Line >= 1 && error.Line <= lines), $"Line {error.Line} is outside the {lines}-line input");
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzFailureException(message);
        }
    }
}
