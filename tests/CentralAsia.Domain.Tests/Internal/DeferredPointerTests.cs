using System;
using CentralAsia.Domain.Internal;
using Xunit;

namespace CentralAsia.Domain.Tests.Internal;

public sealed class DeferredPointerTests
{
    [Fact]
    public void Each_depth_joins_to_the_pointer_the_eager_form_built()
    {
        var leader = DeferredPointer.At("/leaders", 3);
        Assert.Equal(JsonPointer.Item("/leaders", 3), leader.ToString());
        Assert.Equal("/leaders/3/country", leader.Property("/country").ToString());
        Assert.Equal(JsonPointer.Item(JsonPointer.Item("/leaders", 3) + "/terms", 12), leader.Item("/terms", 12).ToString());
        Assert.Equal("/leaders/3/terms/12/start", leader.Item("/terms", 12).Property("/start").ToString());
        Assert.Equal("/declarations/0/commitments/21/citations/4", DeferredPointer.At("/declarations", 0).Item("/commitments", 21).Item("/citations", 4).ToString());
        Assert.Equal("/sources/7/id", DeferredPointer.At("/sources", 7).Property("/id").ToString());
    }

    [Fact]
    public void A_fourth_step_is_refused()
    {
        var three = DeferredPointer.At("/a", 0).Item("/b", 1).Item("/c", 2);
        Assert.Equal("A deferred pointer holds at most three steps.", Assert.Throws<InvalidOperationException>(() => three.Item("/d", 3)).Message);
    }
}
