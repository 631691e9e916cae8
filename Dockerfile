# Chuangcheng: build with the Maven wrapper, run the production jar (no embedded PostgreSQL inside).
# docker compose up -d --build   (see docker-compose.yml and README.md)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# the wrapper and the POM first: dependencies stay cached while only the sources change
COPY mvnw pom.xml lombok.config ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -B -ntp -q dependency:resolve dependency:resolve-plugins || true
COPY src/ src/
RUN ./mvnw -B -ntp -DskipTests package \
 && cp target/chuangcheng-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
# bulletin PDFs embed a Chinese TrueType font: the same file .ci/run installs (app.bulletin.font points at it)
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-zenhei \
 && rm -rf /var/lib/apt/lists/* \
 && test -r /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
RUN groupadd --system chuangcheng && useradd --system --gid chuangcheng --home-dir /app chuangcheng \
 && mkdir -p /app /data/uploads && chown -R chuangcheng:chuangcheng /app /data
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
# prod profile: a real PostgreSQL (SPRING_DATASOURCE_URL ...), no demo data, JSON logs, secure cookies
ENV SPRING_PROFILES_ACTIVE=prod \
    APP_DATA_DIR=/data \
    APP_UPLOADS_DIR=/data/uploads \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
USER chuangcheng
VOLUME ["/data/uploads"]
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
