using Polemos.Core;

namespace Polemos.Recognition.Tests;

/// <summary>The memory of look-up answers computes each key once and stays within its capacity.</summary>
public class BoundedMemoTests
{
    [Fact]
    public void A_key_asked_again_is_answered_from_memory()
    {
        // Given a memo that counts how often it computes, When one key is asked three times, Then it computed once
        var memo = new BoundedMemo<int>(capacity: 10);
        int computed = 0;
        int Compute(string key)
        {
            computed++;
            return key.Length;
        }

        Assert.Equal(5, memo.Get("Homs.", Compute));
        Assert.Equal(5, memo.Get("Homs.", Compute));
        Assert.Equal(5, memo.Get("Homs.", Compute));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Past_its_capacity_the_memo_starts_over()
    {
        // Given a memo of capacity 3 holding "a", When three more keys are taken in, Then "a" is computed again
        var memo = new BoundedMemo<string>(capacity: 3);
        var asked = new List<string>();
        string Compute(string key)
        {
            asked.Add(key);
            return key.ToUpperInvariant();
        }

        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            memo.Get(key, Compute);
        }

        Assert.Equal("A", memo.Get("a", Compute));
        Assert.Equal(["a", "b", "c", "d", "a"], asked);
    }
}
