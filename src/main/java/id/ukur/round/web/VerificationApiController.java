package id.ukur.round.web;

import id.ukur.round.RoundReports;
import id.ukur.round.Verification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public verification of sealed reports: no login. */
@RestController
@Tag(name = "Verification", description = "Is a sealed report genuine")
class VerificationApiController {

	private final RoundReports rounds;

	VerificationApiController(RoundReports rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/api/v1/verify/{code}")
	@Operation(
			summary = "Whether a verification code belongs to a sealed report, with its agency, period, signer, time and SHA-256")
	ResponseEntity<Verification> verify(@PathVariable String code) {
		Verification verification = this.rounds.verify(code);
		return ResponseEntity.status(verification.genuine() ? HttpStatus.OK : HttpStatus.NOT_FOUND).body(verification);
	}

}
