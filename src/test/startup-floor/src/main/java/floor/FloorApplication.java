package floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but Spring Boot's web server and actuator's health endpoint. */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
