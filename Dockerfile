# Runs a jar built beforehand with ./mvnw -Pproduction package (see docker-compose.yml).
FROM eclipse-temurin:25-jre
WORKDIR /app
COPY target/annals-*.jar /app/annals.jar
EXPOSE 8080
USER 1000
ENTRYPOINT ["java", "-jar", "/app/annals.jar"]
