package id.ukur;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UkurApplication {

	public static void main(String[] args) {
		SpringApplication.run(UkurApplication.class, args);
	}

}
