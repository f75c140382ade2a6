using System;
using System.IO;
using System.Linq;
using System.Text;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Tests.Conventions;
using CentralAsia.Domain.Validation;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>The two helpers of the JSON tests: exact text plus round trip, and exact errors.</summary>
public static class JsonAssert
{
    /// <summary>Serializing gives exactly the golden text, reading the golden text gives the value back, and writing it again gives the same text.</summary>
    public static void Golden<T>(T value, string goldenFile)
        where T : class
    {
        var path = Path.Combine(PublicApiConventionTests.RepositoryRoot(), "tests", "CentralAsia.Domain.Tests", "Serialization", "Golden", goldenFile);
        if (Environment.GetEnvironmentVariable("CENTRALASIA_UPDATE_GOLDEN") == "1")
        {
            // Deliberate regeneration only: review the diff of Golden/ before committing.
            File.WriteAllText(path, CentralAsiaJson.Serialize(value), new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var actual = CentralAsiaJson.Serialize(value);
        Assert.Equal(expected, actual);
        var read = CentralAsiaJson.Deserialize<T>(expected);
        Assert.Equal(value, read);
        Assert.Equal(expected, CentralAsiaJson.Serialize(read));
        Assert.Empty(CentralAsiaJson.Validate<T>(Encoding.UTF8.GetBytes(expected)));
    }

    /// <summary>Reading round-trips: the value read back equals the value, and its text is the same canonical text.</summary>
    public static void RoundTrip<T>(T value)
        where T : class
    {
        var bytes = CentralAsiaJson.SerializeToUtf8Bytes(value);
        var read = CentralAsiaJson.Deserialize<T>(bytes);
        Assert.Equal(value, read);
        Assert.Equal(bytes, CentralAsiaJson.SerializeToUtf8Bytes(read));
    }

    /// <summary>A document fails with exactly these (code, pointer) errors, from Validate and from Deserialize alike.</summary>
    public static void Invalid<T>(string json, params (string Code, string Path)[] expected)
        where T : class => Invalid<T>(Encoding.UTF8.GetBytes(json), expected);

    public static void Invalid<T>(byte[] utf8, params (string Code, string Path)[] expected)
        where T : class
    {
        var errors = CentralAsiaJson.Validate<T>(utf8);
        Assert.Equal(expected.Order().ToArray(), errors.Select(e => (e.Code, e.Path)).Order().ToArray());
        var exception = Assert.Throws<CentralAsiaJsonException>(() => CentralAsiaJson.Deserialize<T>(utf8));
        Assert.Equal(errors, exception.Errors);
        Assert.All(errors, e => Assert.NotNull(e.Line));
    }
}
