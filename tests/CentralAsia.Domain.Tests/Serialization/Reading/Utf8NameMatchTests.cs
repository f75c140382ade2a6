using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using CentralAsia.Domain.Serialization.Reading;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization.Reading;

public class Utf8NameMatchTests
{
    private static readonly byte[][] Names = [Encoding.UTF8.GetBytes("ab"), Encoding.UTF8.GetBytes(new string('a', 251)), Encoding.UTF8.GetBytes(new string('b', 300))];

    [Theory]
    [InlineData("\"ab\"", 0)]
    [InlineData("\"\\u0061b\"", 0)]
    [InlineData("\"ba\"", -1)]
    [InlineData("\"\\ud800\"", -1)] // an escaped lone surrogate is no name, and does not throw
    public void A_token_is_found_by_its_unescaped_text(string json, int expected) =>
        Assert.Equal(expected, IndexOf([Encoding.UTF8.GetBytes(json)]));

    [Fact]
    public void An_unescaped_token_of_any_length_is_compared_as_it_is() =>
        Assert.Equal(2, IndexOf([Encoding.UTF8.GetBytes($"\"{new string('b', 300)}\"")]));

    [Fact]
    public void An_escaped_token_is_unescaped_up_to_256_bytes_and_is_no_name_beyond()
    {
        // 6 bytes for "\u0061" and 250 'a': 256 bytes that read as 251 'a'.
        Assert.Equal(1, IndexOf([Encoding.UTF8.GetBytes($"\"\\u0061{new string('a', 250)}\"")]));
        Assert.Equal(-1, IndexOf([Encoding.UTF8.GetBytes($"\"\\u0061{new string('a', 300)}\"")]));
    }

    [Fact]
    public void A_token_split_across_buffers_is_found_and_a_long_one_is_no_name()
    {
        Assert.Equal(0, IndexOf([Encoding.UTF8.GetBytes("\"a"), Encoding.UTF8.GetBytes("b\"")]));
        Assert.Equal(1, IndexOf([Encoding.UTF8.GetBytes("\"" + new string('a', 100)), Encoding.UTF8.GetBytes(new string('a', 151) + "\"")]));
        Assert.Equal(-1, IndexOf([Encoding.UTF8.GetBytes("\"" + new string('b', 100)), Encoding.UTF8.GetBytes(new string('b', 200) + "\"")]));
    }

    // A reader on the one string token of the segments (one segment: a span; more: a sequence).
    private static int IndexOf(byte[][] segments)
    {
        var reader = segments.Length == 1 ? new Utf8JsonReader(segments[0]) : new Utf8JsonReader(Sequence(segments));
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.String, reader.TokenType);
        Assert.Equal(segments.Length > 1, reader.HasValueSequence);
        return Utf8NameMatch.IndexOf(ref reader, Names);
    }

    private static ReadOnlySequence<byte> Sequence(byte[][] segments)
    {
        var first = new Segment(segments[0], 0);
        var last = first;
        for (var i = 1; i < segments.Length; i++)
        {
            last = last.Append(segments[i]);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        internal Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        internal Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
