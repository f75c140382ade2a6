using System;
using System.IO;
using System.Threading;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Serialization;

namespace CentralAsia.Domain.Reference;

/// <summary>
/// The curated reference data embedded in the package, in which every fact cites its source: the
/// first China–Central Asia Summit (Xi'an, 18–19 May 2023) and its context
/// (<see cref="XianSummit2023"/>), and the China–Central Asia mechanism from 2020 to 2025
/// (<see cref="ChinaCentralAsia2020To2025"/>), which contains the first whole.
/// </summary>
/// <remarks>
/// <para><see cref="XianSummit2023"/> holds the six countries (and those on the Middle Corridor's route), the heads
/// of state of the six since 1991 with their terms and name variants, China's and its partners'
/// trade figures for 2021–2022 (derived figures are marked estimated and say how), eight
/// infrastructure projects with dated status histories, the summit, the Xi'an Declaration with its
/// commitments and quotes, and the sources. Sources and the conflicts between them are described
/// in <c>docs/data-sources.md</c>.</para>
/// <para><see cref="ChinaCentralAsia2020To2025"/> adds the virtual summit of January 2022 and its joint
/// statement, the second summit (Astana, 17 June 2025) with the Astana Declaration and the treaty signed
/// there, and China's trade with each of the five for 2023 and 2024 (with the partners' own figures
/// where a source gives them, and the 2024 total in yuan as its own flows: use
/// <see cref="DatasetQueries.ToTradeLedger(CentralAsiaDataset, Values.CurrencyCode)"/> to total in one
/// currency). Every record of <see cref="XianSummit2023"/> is in it unchanged.</para>
/// <para>Each value is read from the embedded JSON on first use, once, and cached; it is immutable
/// and safe to share between threads.</para>
/// </remarks>
public static class ReferenceData
{
    private const string XianSummit2023Resource = "CentralAsia.Domain.xian-summit-2023.json";
    private const string ChinaCentralAsia2020To2025Resource = "CentralAsia.Domain.china-central-asia-2020-2025.json";

    private static readonly Lazy<CentralAsiaDataset> XianSummit2023Value =
        new(() => CentralAsiaJson.Deserialize<CentralAsiaDataset>(ReadResource(XianSummit2023Resource)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The reference dataset of the first China–Central Asia Summit (Xi'an, May 2023).</summary>
    public static CentralAsiaDataset XianSummit2023 => XianSummit2023Value.Value;

    /// <summary>Opens the embedded JSON of <see cref="XianSummit2023"/> (canonical form, UTF-8), for tools that want the text itself.</summary>
    /// <returns>A read-only stream; dispose it.</returns>
    public static Stream OpenXianSummit2023Json() => OpenResource(XianSummit2023Resource);

    private static readonly Lazy<CentralAsiaDataset> ChinaCentralAsia2020To2025Value =
        new(() => CentralAsiaJson.Deserialize<CentralAsiaDataset>(ReadResource(ChinaCentralAsia2020To2025Resource)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The reference dataset of the China–Central Asia mechanism, 2020–2025: everything in <see cref="XianSummit2023"/>,
    /// plus the 2022 virtual summit, the Astana summit of 2025 and its documents, and trade to 2024.
    /// </summary>
    public static CentralAsiaDataset ChinaCentralAsia2020To2025 => ChinaCentralAsia2020To2025Value.Value;

    /// <summary>Opens the embedded JSON of <see cref="ChinaCentralAsia2020To2025"/> (canonical form, UTF-8), for tools that want the text itself.</summary>
    /// <returns>A read-only stream; dispose it.</returns>
    public static Stream OpenChinaCentralAsia2020To2025Json() => OpenResource(ChinaCentralAsia2020To2025Resource);

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
