using System.Security.Cryptography;
using Polemos.Core;
using Polemos.Store;

namespace Polemos.Server;

/// <summary>
/// The server's write token: <c>$POLEMOS_TOKEN</c> when set, else a random token generated on first start and kept
/// in a file beside the database (readable by its owner only), so that it stays the same across restarts.
/// </summary>
public static class ServerToken
{
    public const string Variable = "POLEMOS_TOKEN";

    /// <summary>The file that holds the token of the store at <paramref name="location"/>.</summary>
    public static string FileFor(StoreLocation location) => location.IsPostgres
        ? Path.Combine(Path.GetDirectoryName(StoreLocation.DefaultFile()) ?? ".", "server.token")
        : location.Value + ".token";

    /// <summary>Returns the token in force, creating and storing a new one when none exists yet.</summary>
    public static string LoadOrCreate(StoreLocation location)
    {
        string? env = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            return env.Trim();
        }

        string file = FileFor(location);
        try
        {
            if (File.Exists(file))
            {
                string stored = File.ReadAllText(file).Trim();
                if (stored.Length > 0)
                {
                    return stored;
                }
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".");
            string token = Base64Url(RandomNumberGenerator.GetBytes(32));
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(file, options))
            {
                writer.Write(token);
            }

            return token;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PolemosException(ErrorCode.StoreUnavailable, $"cannot keep the server token in {file}: {e.Message} (or set {Variable})", e);
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
