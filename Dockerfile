# bpfplay: the web playground as a container.
#   docker build -t bpfplay .
#   docker run -p 8080:8080 -v bpfplay-data:/data bpfplay          -> http://localhost:8080
# Behind a domain name, allow it for the session socket's Host check:
#   docker run -e BPFPLAY_WEB_ALLOWED_HOSTS=play.example.org ...
# PostgreSQL instead of the embedded H2 file database in /data (one property, see application.properties):
#   docker run -e SPRING_DATASOURCE_URL='jdbc:postgresql://db:5432/bpfplay?user=bpfplay&password=...' ...

# --- build: Maven drives npm + esbuild (frontend) and packages the Boot jar -------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
# The frontend build runs the system node/npm (esbuild needs node >= 18; the Ubuntu base has 18.x).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# Tests run in CI (they need chromium, and a PostgreSQL for one of them), not in the image build.
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    mvn -B -q -DskipTests package \
 && cp backend/target/bpfplay.jar /bpfplay.jar

# --- run: a JRE, a non-root user, the data directory as a volume -----------------------------------
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 bpfplay \
 && useradd --system --uid 10001 --gid bpfplay --home-dir /app --shell /usr/sbin/nologin bpfplay \
 && mkdir -p /app /data \
 && chown bpfplay:bpfplay /data
WORKDIR /app
COPY --from=build /bpfplay.jar /app/bpfplay.jar
ENV BPFPLAY_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
USER 10001:10001
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/api/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/bpfplay.jar"]
