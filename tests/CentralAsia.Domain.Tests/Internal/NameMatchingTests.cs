using Xunit;
using CentralAsia.Domain.Internal;

namespace CentralAsia.Domain.Tests.Internal;

/// <summary>How names are folded and reduced to skeletons, so that spellings of one name meet.</summary>
public class NameMatchingTests
{
    [Theory]
    [InlineData("Xi Jinping", "xi jinping")]
    [InlineData("  Xi,  Jinping. ", "xi jinping")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("O`Brien", "obrien")]
    [InlineData("Qazaqstanʼ", "qazaqstan")] // U+02BC, a modifier letter
    [InlineData("Jose\u0301", "jose")] // a combining accent
    [InlineData("Şavkat Mirziyoýew", "savkat mirziyoyew")]
    [InlineData("Тоқаев", "тоқаев")] // other scripts are lower-cased, not transliterated
    public void Fold_lowers_strips_marks_and_apostrophes_and_keeps_single_spaces(string text, string folded) =>
        Assert.Equal(folded, NameMatching.Fold(text));

    [Theory]
    [InlineData("Dzhaksybekov", "Jaksybekov")]
    [InlineData("Djaksybekov", "Jaksybekov")]
    [InlineData("Zhaksybekov", "Jaksybekov")]
    [InlineData("Khan", "Han")]
    [InlineData("Qazaq", "Kazak")]
    [InlineData("Wang", "Vang")]
    [InlineData("Tsoi", "Coi")]
    [InlineData("Berdymukhammedov", "Berdimuhamedow")]
    public void Transliteration_variants_share_a_skeleton(string a, string b) =>
        Assert.Equal(NameMatching.Skeleton(b), NameMatching.Skeleton(a));

    [Theory]
    [InlineData("Aliyev", "alv")] // the first letter stays even when it is a vowel
    [InlineData("Berdymukhammedov", "brdmhmdv")] // doubled letters count once
    [InlineData("Xi Jinping", "x|jnpng")]
    public void A_skeleton_keeps_consonants_and_a_leading_vowel(string name, string skeleton) =>
        Assert.Equal(skeleton, string.Join('|', NameMatching.Skeleton(name)));
}
