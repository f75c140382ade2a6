using System;
using System.IO;
using System.Threading;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;

namespace CentralAsia.Domain.Reference;

/// <summary>
/// The curated reference data embedded in the package: the first China–Central Asia Summit
/// (Xi'an, 18–19 May 2023) and its context, in which every fact cites its source.
/// </summary>
/// <remarks>
/// <para>The dataset holds the six countries (and those on the Middle Corridor's route), the heads
/// of state of the six since 1991 with their terms and name variants, China's and its partners'
/// trade figures for 2021–2022 (derived figures are marked estimated and say how), seven
/// infrastructure projects with dated status histories, the summit, the Xi'an Declaration with its
/// commitments and quotes, and the sources. Sources and the conflicts between them are described
/// in <c>docs/data-sources.md</c>.</para>
/// <para>The value is read from the embedded JSON on first use, once, and cached; it is immutable
/// and safe to share between threads.</para>
/// </remarks>
public static class ReferenceData
{
    private const string XianSummit2023Resource = "CentralAsia.Domain.xian-summit-2023.json";

    private static readonly Lazy<CentralAsiaDataset> XianSummit2023Value =
        new(() => CentralAsiaJson.Deserialize<CentralAsiaDataset>(ReadResource(XianSummit2023Resource)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The reference dataset of the first China–Central Asia Summit (Xi'an, May 2023).</summary>
    public static CentralAsiaDataset XianSummit2023 => XianSummit2023Value.Value;

    /// <summary>Opens the embedded JSON of <see cref="XianSummit2023"/> (canonical form, UTF-8), for tools that want the text itself.</summary>
    /// <returns>A read-only stream; dispose it.</returns>
    public static Stream OpenXianSummit2023Json() => OpenResource(XianSummit2023Resource);

    private static byte[] ReadResource(string name)
    {
        using var stream = OpenResource(name);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static Stream OpenResource(string name) =>
        typeof(ReferenceData).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the assembly.");
}
