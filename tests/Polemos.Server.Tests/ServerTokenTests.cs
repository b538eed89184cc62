using Polemos.Store;

namespace Polemos.Server.Tests;

/// <summary>The token is made once, kept beside the database, owner-readable only, and the same on the next start.</summary>
public sealed class ServerTokenTests
{
    [SkippableFact]
    public void The_token_is_generated_once_and_kept_beside_the_database()
    {
        Skip.If(Environment.GetEnvironmentVariable(ServerToken.Variable) is { Length: > 0 }, "POLEMOS_TOKEN is set, so no token file is made");
        string folder = Path.Combine(Path.GetTempPath(), "polemos-token-" + Guid.NewGuid().ToString("N"));
        try
        {
            var location = StoreLocation.Parse(Path.Combine(folder, "polemos.db"));

            string first = ServerToken.LoadOrCreate(location);
            string second = ServerToken.LoadOrCreate(location);

            Assert.Equal(first, second);
            Assert.True(first.Length >= 40);
            Assert.Equal(Path.Combine(folder, "polemos.db.token"), ServerToken.FileFor(location));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ServerToken.FileFor(location)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
