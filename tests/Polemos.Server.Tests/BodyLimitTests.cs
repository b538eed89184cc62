using System.Net;

namespace Polemos.Server.Tests;

/// <summary>Request bodies over the limit are refused with 413 before they are read whole.</summary>
public sealed class BodyLimitTests
{
    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        await using var server = await RunningServer.StartAsync(maxBodyBytes: 1024);

        using var response = await server.Writer.PostAsync(new Uri("api/articles", UriKind.Relative), new StringContent(new string('a', 4096)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await server.Store.GetStatsAsync()).Articles);
    }
}
