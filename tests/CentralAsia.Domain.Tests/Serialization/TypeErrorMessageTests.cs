using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CentralAsia.Domain.Collections;
using CentralAsia.Domain.Data;
using CentralAsia.Domain.Geography;
using CentralAsia.Domain.Serialization;
using CentralAsia.Domain.Tests.Conventions;
using CentralAsia.Domain.Validation;
using Xunit;

namespace CentralAsia.Domain.Tests.Serialization;

/// <summary>
/// Every property and every array item of the golden documents, given a value of the wrong type, is
/// reported at its own pointer with a message that says what was expected.
/// </summary>
public partial class TypeErrorMessageTests
{
    public static TheoryData<string> Files => ["dataset.json", "country.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_value_of_the_wrong_type_is_reported_at_its_pointer_saying_what_was_expected(string file)
    {
        var validate = Validator(file);
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(PublicApiConventionTests.RepositoryRoot(), "tests", "CentralAsia.Domain.Tests", "Serialization", "Golden", file)))!;
        var checkedProperties = 0;
        foreach (var pointer in JsonNodePointers.All(original))
        {
            var document = original.DeepClone();
            JsonNode replacement = JsonNodePointers.Get(document, pointer) is JsonValue value && value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                ? JsonValue.Create("not a boolean")
                : JsonValue.Create(true);
            JsonNodePointers.Replace(document, pointer, replacement);
            var errors = validate(Encoding.UTF8.GetBytes(document.ToJsonString()));
            var error = Assert.Single(errors, e => e.Path == pointer || e.Path.StartsWith(pointer + "/", StringComparison.Ordinal));
            Assert.Matches(WellFormedExpectation(), error.Message);
            checkedProperties++;
        }

        Assert.True(checkedProperties >= 9, $"{checkedProperties} properties");
    }

    // "expected the host city", "Expected an object (a summit)": never "expected ." or "()".
    [GeneratedRegex(@"^(?!.*\(\))(?!.*  )(?!.*[Ee]xpected [.,;(]).*[Ee]xpected [A-Za-z0-9""']")]
    private static partial Regex WellFormedExpectation();

    private static Func<byte[], EquatableArray<ValidationError>> Validator(string file) => file switch
    {
        "dataset.json" => bytes => CentralAsiaJson.Validate<CentralAsiaDataset>(bytes),
        "country.json" => bytes => CentralAsiaJson.Validate<Country>(bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };
}
