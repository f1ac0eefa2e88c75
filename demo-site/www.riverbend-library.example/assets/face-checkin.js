/*
 * "Express face check-in": opens the camera as soon as the account page loads and loads face detection,
 * landmark and face-recognition models with face-api, to match the patron's face against enrolled faces.
 * This is the facial recognition that the ALA resolution asks libraries to stop using.
 */
(function () {
  var status = document.getElementById("face-status");
  var video = document.getElementById("face-video");
  function say(text) { if (status) status.textContent = text; }
  async function start() {
    try {
      var stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "user", width: 320, height: 240 } });
      video.srcObject = stream;
    } catch (err) {
      say("Camera unavailable: " + (err && err.name ? err.name : "error") + ". Please use your card.");
    }
    if (typeof faceapi === "undefined") return;
    try {
      await faceapi.nets.tinyFaceDetector.loadFromUri("/assets/models");
      await faceapi.nets.faceLandmark68TinyNet.loadFromUri("/assets/models");
      await faceapi.nets.faceRecognitionNet.loadFromUri("/assets/models");
      say("Look at the camera to check in.");
      if (video.srcObject) {
        var result = await faceapi
          .detectSingleFace(video, new faceapi.TinyFaceDetectorOptions())
          .withFaceLandmarks(true)
          .withFaceDescriptor();
        if (result) {
          await fetch("/account/face-match", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ descriptor: Array.from(result.descriptor) }),
          });
        }
      }
    } catch (err) {
      say("Face check-in is not available on this device.");
    }
  }
  start();
})();
