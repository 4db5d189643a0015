using System;

namespace SovietFilms.Cli;

/// <summary>Bad command-line input: its message is shown as one line, and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
