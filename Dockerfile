# Every part of the platform from one Dockerfile; the build arguments say which. From the repository root:
#   docker build --build-arg PROJECT=services/Intel.Ingestion/Intel.Ingestion.csproj -t intel/ingestion .
# (docker-compose.yml at the root builds each part this way.)

# Only the project files and build props, so the restore layer below stays
# cached until a project or package version changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS projects
WORKDIR /src
COPY . .
RUN find . -type f ! -name '*.csproj' ! -name '*.props' ! -name '*.targets' ! -name 'global.json' ! -iname 'nuget.config' -delete

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
RUN test -n "$PROJECT" || { echo "build argument PROJECT (the part's .csproj) is required" >&2; exit 1; }
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The console's build copies Cytoscape.js from npm (services/Intel.Console/package.json); the other parts need no Node.js.
RUN case "$PROJECT" in *Intel.Console*) apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/* ;; esac
COPY --from=projects /src ./
RUN dotnet restore "$PROJECT"
# global.json, Directory.Build.props, Directory.Packages.props, .editorconfig,
# contracts/Intel.Contracts, the shared projects and the part itself;
# .dockerignore leaves out tests, bin, obj.
COPY . .
# Which assembly to run is written beside it for the entry point.
RUN dotnet publish "$PROJECT" -c Release -o /app --no-restore -p:UseAppHost=false \
 && basename "$PROJECT" .csproj > /app/service-assembly

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true
COPY --from=build /app ./
EXPOSE 8080
# The image's unprivileged "app" user.
USER $APP_UID
# exec: dotnet becomes PID 1 and receives the container's stop signal itself.
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"$(cat /app/service-assembly).dll\""]
