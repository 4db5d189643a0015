#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json) on both packages. Slow: an hour
# or more per package on a 2-core machine, so it is not part of CI. Reports go to
# tests/SovietFilms.Data.Tests/StrykerOutput/<date>/reports/. Record the scores in docs/TESTING.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
cd tests/SovietFilms.Data.Tests
# Every mutant runs the whole suite (stryker-config.json turns coverage analysis off: choosing tests by coverage
# let mutants survive whose killing tests were never run). The fuzz tests would run 100,000 inputs each time; a
# smaller count keeps them in the run.
export SOVIETFILMS_FUZZ_INPUTS=200
for project in SovietFilms.Data.csproj SovietFilms.Data.Csv.csproj; do
  # Stryker adds a public class, Stryker.MutantControl, with writable static fields, to the assembly it mutates:
  # the two tests that inspect the public surface fail in every mutant run and would count every mutant as killed.
  dotnet stryker --project "$project" --target-framework net10.0 \
    --test-case-filter "FullyQualifiedName!~PublicApiTests&FullyQualifiedName!~No_public_field_is_writable" \
    --reporter cleartext --reporter json --reporter html --concurrency 2
done
