# Tribune on Payara Micro. Build the WAR first (./mvnw package), then: docker build -t tribune .
# The base tag pins Payara Micro to the version the project is built and tested with, on JDK 17.
FROM payara/micro:6.2025.10-jdk17

# The demo content draws its funder logos with a font; the base image (Ubuntu) ships none.
USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# The layout run.sh expects, so the container starts exactly as `./run.sh` does on a laptop:
# same defaults, same post-boot commands. Nothing is downloaded while building the image: the WAR
# and the PostgreSQL driver come from the Maven build.
WORKDIR /opt/tribune
COPY --chown=payara:payara run.sh ./
COPY --chown=payara:payara server-config/ server-config/
COPY --chown=payara:payara target/tribune.war target/tribune.war
COPY --chown=payara:payara target/payara/postgresql.jar target/payara/postgresql.jar

# The Payara Micro jar of the base image; the H2 database and the mail outbox go to a volume.
ENV TRIBUNE_PAYARA_JAR=/opt/payara/payara-micro.jar \
    TRIBUNE_SKIP_BUILD=true \
    TRIBUNE_DATA_DIR=/opt/tribune/data \
    TRIBUNE_HTTP_PORT=8080 \
    TRIBUNE_HEAP=512m
RUN mkdir -p /opt/tribune/data /opt/tribune/target/payara \
    && chown -R payara:payara /opt/tribune/data /opt/tribune/target

# The base image already runs as its unprivileged "payara" user; say so explicitly.
USER payara
# Unpacks Payara Micro's runtime and records the class-sharing archive into the image, so that a
# new container starts as fast as a second start on a laptop.
RUN TRIBUNE_PREPARE_ONLY=true TRIBUNE_DATA_DIR=/tmp/tribune-prepare ./run.sh \
    && rm -rf /tmp/tribune-prepare
VOLUME /opt/tribune/data
EXPOSE 8080
# bash's /dev/tcp instead of curl or wget, which the base image does not promise to have.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["/opt/tribune/run.sh"]
